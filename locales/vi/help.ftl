# "Tìm nơi hỗ trợ": nhãn, nút và thông báo. Tên, giờ làm việc của từng nơi nằm trong
# data/directory.toml, không nằm ở đây.

help-title = Tìm hỗ trợ
help-intro =
    Bạn không phải một mình đối mặt với chuyện này. Dưới đây là những nơi có thể lắng nghe và giúp bạn.
    Bạn có thể chọn điều mình cần và nơi mình ở, hoặc cứ xem hết. Bạn là người quyết định điều gì phù hợp với mình.
help-privacy-note = Những gì bạn chọn ở đây không được lưu lại và không được gửi đi đâu.

help-need-legend = Bạn đang cần gì?
help-need-danger = Tôi đang gặp nguy hiểm
help-need-medical = Cần chăm sóc y tế
help-need-talk = Cần người lắng nghe
help-need-legal = Cần giúp về pháp luật
help-need-shelter = Cần chỗ ở an toàn
help-need-child = Trẻ em gặp nguy hiểm
help-clear = Bỏ chọn tất cả

help-search-label = Bạn ở xã, phường nào?
help-search-hint = Gõ tên xã, phường, đặc khu hoặc tên huyện cũ, có dấu hay không dấu đều được
help-search-none = Không tìm thấy nơi nào có tên này. Bạn thử gõ tên khác, hoặc tên huyện cũ.
help-search-formerly = trước đây thuộc { $district }
help-area-chosen = Nơi bạn ở: { $area }
help-area-change = Chọn nơi khác

help-results-emergency = Nếu bạn đang gặp nguy hiểm, hãy gọi ngay
help-results-local = Tại xã, phường của bạn
help-results-province = Trong cả tỉnh An Giang
help-results-national = Trên cả nước
help-no-local = Chưa có nơi hỗ trợ nào được ghi riêng cho xã, phường của bạn. Những nơi dưới đây phục vụ trên phạm vi rộng hơn và vẫn giúp được bạn.
help-none-for-need = Chúng tôi chưa có nơi nào đã được kiểm tra cho nhu cầu “{ $need }”. Bạn vẫn có thể gọi các số bên dưới: họ có thể lắng nghe và chỉ cho bạn nơi phù hợp.

help-kind-emergency = Số khẩn cấp
help-kind-hotline = Đường dây nóng
help-kind-one-stop-centre = Trung tâm hỗ trợ một cửa
help-kind-health = Cơ sở y tế
help-kind-police = Công an
help-kind-legal-aid = Trợ giúp pháp lý
help-kind-shelter = Nhà tạm lánh, địa chỉ tin cậy
help-kind-social-work = Công tác xã hội
help-kind-womens-union = Hội Liên hiệp Phụ nữ
help-kind-child-protection = Bảo vệ trẻ em
help-kind-school-counselling = Tư vấn học đường

help-services-label = Có thể giúp:
help-service-counselling = lắng nghe, tư vấn
help-service-medical-care = khám, chữa bệnh
help-service-forensic-exam = khám và ghi nhận thương tích
help-service-legal-advice = tư vấn pháp luật
help-service-shelter = chỗ ở tạm an toàn
help-service-police-protection = công an bảo vệ
help-service-child-protection = bảo vệ trẻ em

help-hours-label = Giờ làm việc:
help-hours-always = Cả ngày lẫn đêm, mọi ngày (24/7)
help-hours-unknown = Chưa rõ giờ làm việc
help-cost-free = Gọi miễn phí
help-cost-charged = Cuộc gọi có thể mất phí
help-cost-unknown = Chưa rõ có mất phí hay không
help-languages-label = Ngôn ngữ:
help-address-label = Địa chỉ:

help-unconfirmed = Chưa xác nhận
help-unconfirmed-why = Thông tin này lấy từ nguồn công khai nhưng chúng tôi chưa gọi thử để xác nhận. Số có thể đã thay đổi.
help-checked-on = Kiểm tra ngày { $date }
help-source = Nguồn

help-call = Gọi { $number }
help-sms = Nhắn tin
help-zalo = Nhắn Zalo
help-copy = Chép số
help-copied = Đã chép số

help-search-count = Có { $n } nơi phù hợp. Chọn một nơi bên dưới.
help-search-suggestions = Các nơi phù hợp
help-results-count = Có { $n } nơi có thể giúp bạn.
help-copy-failed = Máy không cho chép số. Bạn có thể ghi lại số { $number }.
