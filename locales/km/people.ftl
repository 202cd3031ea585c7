# ចែករំលែកដោយទំព័របីសម្រាប់មនុស្សនៅជុំវិញ៖ មិត្តភក្តិ ឬសាច់ញាតិ (helper) គ្រូ (teacher) កុមារ (child)។
# Awaiting native review (Khmer Krom reader from An Giang or Kiên Giang).
# Only 111 is called free: its source says so; none in hand says it of 113.
nav-helper = ជួយមិត្តភក្តិ ឬសាច់ញាតិ
nav-teacher = សម្រាប់លោកគ្រូ អ្នកគ្រូ
nav-child = ទំព័រសម្រាប់កុមារ

people-call-113 = ហៅលេខ 113 (ប៉ូលិស)
people-call-111 = ហៅលេខ 111 (ការពារកុមារ)
people-111-note = ឥតគិតថ្លៃ ទាំងថ្ងៃទាំងយប់។
people-more-title = មើលបន្ថែម
people-go-child = ទំព័រងាយអានសម្រាប់កុមារ
people-go-helper = របៀបជួយមិត្តភក្តិ ឬសាច់ញាតិដែលកំពុងរងអំពើហិង្សា

people-helper-more = គួរនិយាយអ្វី គួរជៀសវាងអ្វី និងជួយបែបណាឱ្យចំ
people-child-page = ទំព័រងាយអានសម្រាប់កុមារ

home-people-title = សម្រាប់មនុស្សនៅក្បែរខ្លួន
home-people-text = ដំបូន្មានសម្រាប់មិត្តភក្តិ សាច់ញាតិ អ្នកជិតខាង និងលោកគ្រូអ្នកគ្រូដែលចង់ជួយ ព្រមទាំងទំព័រមួយសរសេរសម្រាប់កុមារ។
