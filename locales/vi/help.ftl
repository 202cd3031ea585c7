# "Tìm nơi hỗ trợ": nhãn, nút và thông báo. Tên, giờ làm việc của từng nơi nằm trong
# data/directory.csv, không nằm ở đây.

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
help-zalo = Cũng nhận tin nhắn qua Zalo
help-copy = Chép số
help-copied = Đã chép số

help-search-count = Có { $n } nơi phù hợp. Chọn một nơi bên dưới.
help-search-suggestions = Các nơi phù hợp
help-results-count = Có { $n } nơi có thể giúp bạn.
help-copy-failed = Máy không cho chép số. Bạn có thể ghi lại số { $number }.

help-service-social-support = hỗ trợ xã hội

help-in-person = Đến trực tiếp
help-phone-unconfirmed = Chưa có số điện thoại được xác nhận.

# "Ngay tại xã của bạn": UBND và Công an xã, phường, đặc khu đã chọn. Tên cơ quan luôn
# ghi bằng tiếng Việt (như trên biển hiệu); $area là "xã An Phú", "phường Long Xuyên".
help-commune-title = Ngay tại { $area }
help-commune-intro = Hai nơi này ở ngay xã, phường của bạn. Luật Phòng, chống bạo lực gia đình (số 13/2022/QH15) ghi rõ đây là nơi nhận tin báo về bạo lực gia đình. Bạn có thể đến trực tiếp hoặc gửi đơn, thư.
help-commune-no-phone = Sổ tay này chưa có số điện thoại và địa chỉ của hai nơi này. Người ở địa phương thường biết trụ sở ở đâu.
help-office-committee = Ủy ban nhân dân { $area }
help-office-police = Công an { $area }
help-office-asks = Bạn có thể đến để:
help-office-report = Báo tin về bạo lực gia đình (Điều 19).
help-office-no-contact = Xin quyết định cấm tiếp xúc: khi bạo lực làm hại hoặc đe dọa sức khỏe, tính mạng của bạn, Chủ tịch UBND có thể cấm người gây bạo lực đến gần bạn, mỗi lần tối đa 3 ngày, và phải trả lời trong 12 giờ (Điều 25). Bạn chỉ cần nói trực tiếp hoặc gọi cho Chủ tịch, không cần mẫu đơn, không mất phí (thủ tục hành chính, Quyết định 3657/QĐ-BVHTTDL).
help-office-no-contact-note = Quyết định này cũng được gửi cho người gây bạo lực, nên người đó sẽ biết bạn đã xin. Đừng ghi nơi bạn đang ở tạm trong yêu cầu.
help-office-police-protect = Khi có quyết định cấm tiếp xúc, Công an xã là nơi giám sát việc thực hiện. Nếu bạn đang gặp nguy hiểm, hãy gọi 113.

# Thẻ hỗ trợ để in (cho người không có điện thoại thông minh).
help-print-title = In một thẻ hỗ trợ
help-print-hint = Một trang nhỏ có các số cần gọi và nơi có thể đến, để đưa cho người không có điện thoại thông minh.
help-print-commune = Thẻ sẽ ghi nơi có thể đến ở { $area }.
help-print-no-commune = Chọn xã, phường ở trên để thẻ ghi cả nơi có thể đến gần bạn.
help-print-paper = Khổ giấy
help-print-neutral = Lời lẽ trung tính (không có chữ “bạo lực”), an toàn hơn nếu có người khác nhìn thấy thẻ
help-print-button = In thẻ
helpcard-heading = Bạn không một mình. Đây là những nơi có thể giúp bạn khi bị bạo lực.
helpcard-heading-neutral = Những số điện thoại nên biết
helpcard-emergency = Khi nguy hiểm, gọi ngay (miễn phí):
helpcard-emergency-neutral = Số khẩn cấp (miễn phí):
helpcard-lines = Đường dây lắng nghe, tư vấn:
helpcard-lines-neutral = Đường dây hỗ trợ:
helpcard-places = Nơi có thể đến trực tiếp:
helpcard-committee = báo tin bạo lực, xin quyết định cấm tiếp xúc (gặp Chủ tịch UBND)
helpcard-police = báo tin bạo lực
helpcard-free = miễn phí
helpcard-charged = có thể tính cước
helpcard-unconfirmed = chưa xác nhận
helpcard-checked = Kiểm tra ngày { $date }. Bạn là người quyết định điều gì phù hợp với mình.
