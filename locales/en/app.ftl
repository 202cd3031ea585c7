app-name = Notebook
