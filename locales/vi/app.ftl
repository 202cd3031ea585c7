app-name = Sổ tay
