# ចែករំលែកដោយទំព័របីសម្រាប់មនុស្សនៅជុំវិញ៖ មិត្តភក្តិ ឬសាច់ញាតិ (helper) គ្រូ (teacher) កុមារ (child)។
# Awaiting native review (Khmer Krom reader from An Giang or Kiên Giang).
# "Free" only beside a number whose cost is free in data/directory.csv (tests/claims.rs).

people-call-113 = ហៅលេខ 113 (ប៉ូលិស)
people-call-111 = ហៅលេខ 111 (ការពារកុមារ)
people-111-note = ឥតគិតថ្លៃ ទាំងថ្ងៃទាំងយប់។
people-more-title = មើលបន្ថែម
people-go-child = ទំព័រងាយអានសម្រាប់កុមារ
people-go-helper = របៀបជួយមិត្តភក្តិ ឬសាច់ញាតិដែលកំពុងរងអំពើហិង្សា

people-helper-more = គួរនិយាយអ្វី គួរជៀសវាងអ្វី និងជួយបែបណាឱ្យចំ
people-child-page = ទំព័រងាយអានសម្រាប់កុមារ


# A link to a page whose own words arrive only with it (phone.ftl, audiences.ftl).
people-go-young = ទំព័រសម្រាប់យុវវ័យ៖ ស្រឡាញ់គឺគោរព
people-go-community = ទំព័រសម្រាប់មេភូមិ (trưởng ấp) អាសយដ្ឋានទុកចិត្ត និងសមាគម
