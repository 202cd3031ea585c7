# "ស្វែងរកជំនួយ"៖ ស្លាក ប៊ូតុង និងសារ។ ឈ្មោះ និងម៉ោងធ្វើការរបស់កន្លែងនីមួយៗ
# ស្ថិតនៅក្នុង data/directory.toml មិនមែននៅទីនេះទេ។

help-title = ស្វែងរកជំនួយ
help-intro = អ្នកមិនចាំបាច់ប្រឈមមុខនឹងរឿងនេះតែម្នាក់ឯងទេ។ ខាងក្រោមនេះជាកន្លែងដែលអាចស្តាប់ និងជួយអ្នកបាន។ / អ្នកអាចជ្រើសរើសអ្វីដែលអ្នកត្រូវការ និងកន្លែងដែលអ្នករស់នៅ ឬមើលទាំងអស់ក៏បាន។ អ្នកជាអ្នកសម្រេចថាអ្វីសមស្របសម្រាប់ខ្លួនអ្នក។
help-privacy-note = អ្វីដែលអ្នកជ្រើសរើសនៅទីនេះ មិនត្រូវបានរក្សាទុក ហើយមិនត្រូវបានផ្ញើទៅកន្លែងណាទេ។

help-need-legend = តើអ្នកត្រូវការអ្វី?
help-need-danger = ខ្ញុំកំពុងស្ថិតក្នុងគ្រោះថ្នាក់
help-need-medical = ការថែទាំសុខភាព
help-need-talk = ត្រូវការអ្នកស្តាប់
help-need-legal = ជំនួយផ្នែកច្បាប់
help-need-shelter = កន្លែងស្នាក់នៅដែលមានសុវត្ថិភាព
help-need-child = កុមារមានគ្រោះថ្នាក់
help-clear = លុបការជ្រើសរើសទាំងអស់

help-search-label = តើអ្នកនៅឃុំ ឬសង្កាត់ណា?
help-search-hint = វាយឈ្មោះឃុំ សង្កាត់ តំបន់ពិសេស ឬឈ្មោះស្រុកចាស់ (ជាអក្សរវៀតណាម មានឬគ្មានសញ្ញាសំឡេងក៏បាន)
help-search-none = រកមិនឃើញកន្លែងដែលមានឈ្មោះនេះទេ។ សូមសាកល្បងវាយឈ្មោះផ្សេង ឬឈ្មោះស្រុកចាស់។
help-search-formerly = ពីមុនស្ថិតនៅក្នុង { $district }
help-area-chosen = តំបន់របស់អ្នក៖ { $area }
help-area-change = ជ្រើសរើសកន្លែងផ្សេង

help-results-emergency = ប្រសិនបើអ្នកកំពុងស្ថិតក្នុងគ្រោះថ្នាក់ សូមហៅឥឡូវនេះ
help-results-local = នៅក្នុងឃុំ ឬសង្កាត់របស់អ្នក
help-results-province = ទូទាំងខេត្តអានយ៉ាង
help-results-national = ទូទាំងប្រទេស
help-no-local = មិនទាន់មានសេវាណាមួយត្រូវបានចុះបញ្ជីសម្រាប់ឃុំ ឬសង្កាត់របស់អ្នកនៅឡើយទេ។ កន្លែងខាងក្រោមបម្រើតំបន់ធំជាងនេះ ហើយនៅតែអាចជួយអ្នកបាន។
help-none-for-need = យើងមិនទាន់មានសេវាដែលបានពិនិត្យសម្រាប់ «{ $need }» នៅឡើយទេ។ អ្នកនៅតែអាចហៅលេខខាងក្រោមបាន៖ ពួកគេអាចស្តាប់ និងប្រាប់អ្នកពីកន្លែងដែលសមស្រប។

help-kind-emergency = លេខបន្ទាន់
help-kind-hotline = ខ្សែទូរស័ព្ទជំនួយ
help-kind-one-stop-centre = មជ្ឈមណ្ឌលជំនួយតាមច្រកតែមួយ
help-kind-health = សេវាសុខាភិបាល
help-kind-police = ប៉ូលិស (công an)
help-kind-legal-aid = ជំនួយផ្នែកច្បាប់
help-kind-shelter = ផ្ទះស្នាក់នៅបណ្តោះអាសន្ន
help-kind-social-work = ការងារសង្គម
help-kind-womens-union = សមាគមនារី (Hội Phụ nữ)
help-kind-child-protection = ការពារកុមារ
help-kind-school-counselling = ការប្រឹក្សានៅសាលារៀន

help-services-label = អាចជួយលើ៖
help-service-counselling = ការស្តាប់ និងការប្រឹក្សា
help-service-medical-care = ការពិនិត្យ និងព្យាបាល
help-service-forensic-exam = ការពិនិត្យ និងកត់ត្រារបួស
help-service-legal-advice = ការប្រឹក្សាផ្នែកច្បាប់
help-service-shelter = កន្លែងស្នាក់នៅបណ្តោះអាសន្នដែលមានសុវត្ថិភាព
help-service-police-protection = ការការពារដោយប៉ូលិស
help-service-child-protection = ការការពារកុមារ

help-hours-label = ម៉ោងធ្វើការ៖
help-hours-always = ទាំងថ្ងៃទាំងយប់ រៀងរាល់ថ្ងៃ
help-hours-unknown = មិនទាន់ដឹងម៉ោងធ្វើការ
help-cost-free = ហៅដោយឥតគិតថ្លៃ
help-cost-charged = ការហៅអាចគិតថ្លៃ
help-cost-unknown = មិនទាន់ដឹងថាការហៅគិតថ្លៃឬអត់
help-languages-label = ភាសា៖
help-address-label = អាសយដ្ឋាន៖

help-unconfirmed = មិនទាន់បញ្ជាក់
help-unconfirmed-why = ព័ត៌មាននេះយកពីប្រភពសាធារណៈ ប៉ុន្តែយើងមិនទាន់បានហៅទូរស័ព្ទដើម្បីបញ្ជាក់នៅឡើយទេ។ លេខនេះប្រហែលជាបានផ្លាស់ប្តូរ។
help-checked-on = បានពិនិត្យនៅថ្ងៃទី { $date }
help-source = ប្រភព

help-call = ហៅ { $number }
help-sms = ផ្ញើសារ
help-zalo = ផ្ញើសារតាម Zalo
help-copy = ចម្លងលេខ
help-copied = បានចម្លងលេខ

help-search-count = រកឃើញ { $n } កន្លែង។ សូមជ្រើសរើសមួយខាងក្រោម។
help-search-suggestions = កន្លែងដែលត្រូវគ្នា
help-results-count = មាន { $n } កន្លែងដែលអាចជួយអ្នកបាន។
help-copy-failed = ទូរស័ព្ទនេះមិនអនុញ្ញាតឱ្យចម្លងទេ។ អ្នកអាចកត់លេខនេះទុក៖ { $number }។
