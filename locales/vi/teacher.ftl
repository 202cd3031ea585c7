# Trang cho thầy cô và nhân viên nhà trường.
# Phần luật chỉ nói đúng như Điều 19 Luật Phòng, chống bạo lực gia đình 2022 (13/2022/QH15), không thêm nghĩa vụ nào.
teacher-title = Dành cho thầy cô và nhân viên nhà trường
teacher-intro = Có em sẽ chọn kể với thầy cô trước tiên. Cách thầy cô đón nhận lần đầu rất quan trọng với em.

teacher-disclose-title = Khi một em tâm sự
teacher-disclose-listen = Bình tĩnh lắng nghe. Để em kể theo cách của em, không ngắt lời.
teacher-disclose-believe = Tin em, và nói cho em biết là thầy cô tin em.
teacher-disclose-no-promise = Đừng hứa giữ bí mật nếu thầy cô không giữ được. Hãy nói thật: thầy cô sẽ chỉ kể với người có thể giúp em được an toàn.
teacher-disclose-no-interrogate = Đừng hỏi như điều tra. Đừng hỏi dồn, đừng gợi ý câu trả lời, đừng bắt em kể lại nhiều lần. Chỉ cần biết đủ để giúp em an toàn.
teacher-disclose-next = Cho em biết việc gì sẽ xảy ra tiếp theo, và khi nào em có thể tìm thầy cô.
teacher-disclose-note = Sau đó, ghi lại ngắn gọn những gì em nói, bằng chính lời của em, kèm ngày giờ. Cất ghi chép ở nơi người khác không đọc được.

teacher-say-title = Vài câu có thể nói với em
teacher-say-thanks = “Cảm ơn em đã kể cho thầy cô nghe.”
teacher-say-believe = “Thầy cô tin em.”
teacher-say-fault = “Đó không phải lỗi của em.”
teacher-say-safe = “Thầy cô sẽ tìm cách giúp em được an toàn.”
teacher-say-tell = “Thầy cô cần kể với người có thể giúp em, và sẽ nói với em trước.”

teacher-calls-title = Khi nào gọi 113, khi nào gọi 111
teacher-calls-113 = Gọi 113 khi em, hay ai đó, đang gặp nguy hiểm ngay lúc này.
teacher-calls-111 = Gọi 111 khi một em bị xâm hại, bị bạo lực, bị bỏ mặc, hoặc có nguy cơ bị như vậy. Đó là Tổng đài quốc gia bảo vệ trẻ em.

teacher-law-title = Nhà trường trong luật
teacher-law-school = Điều 19 Luật Phòng, chống bạo lực gia đình năm 2022 kể ra những nơi tiếp nhận tin báo về bạo lực gia đình. Một trong những nơi đó là “cơ sở giáo dục nơi người bị bạo lực gia đình là người học”, tức là trường nơi em đang học.
teacher-law-others = Những nơi khác trong điều luật: Ủy ban nhân dân (UBND) xã, phường nơi xảy ra bạo lực; công an hoặc đồn biên phòng gần đó; trưởng ấp, trưởng khóm (khu phố), trưởng ban công tác Mặt trận ở khu dân cư; người đứng đầu Hội Phụ nữ hay đoàn thể khác ở xã, phường.
teacher-law-hotline = Điều luật cũng nêu một tổng đài điện thoại quốc gia về phòng, chống bạo lực gia đình. Đến nay, chúng tôi chưa thấy nguồn nào cho biết tổng đài này đã hoạt động.
teacher-law-how = Có thể báo bằng cách gọi điện, nhắn tin, gửi đơn, thư, hoặc đến báo trực tiếp.
teacher-law-ask = Nên hỏi trước ban giám hiệu: trường mình tiếp nhận và xử lý tin báo như thế nào, ai là người phụ trách.

teacher-privacy-title = Giữ kín chuyện của em
teacher-privacy-need = Chỉ kể với người cần biết để giúp em. Không kể ở phòng giáo viên hay trong nhóm Zalo.
teacher-privacy-class = Không nhắc chuyện của em trước lớp, không gọi riêng em ra trước mặt bạn bè.
teacher-privacy-family = Đừng vội báo cho gia đình khi chưa biết ai làm hại em. Người làm hại có thể là người trong nhà.
teacher-privacy-injuries = Đừng tự xem hay chụp ảnh vết thương của em. Việc đó để nhân viên y tế làm.

teacher-share-title = Giới thiệu sổ tay cho học sinh
teacher-share-class = Giới thiệu cho cả lớp, cùng với những trang hữu ích khác, để không em nào bị chú ý riêng.
teacher-share-phone = Đừng gửi đường link vào điện thoại dùng chung của gia đình hay nhóm Zalo phụ huynh. Người làm em tổn thương có thể đang xem điện thoại đó.
teacher-share-poster = In tờ rơi có mã QR, dán ở nơi em đọc được mà không bị ai để ý, như phòng y tế.
teacher-share-exit = Chỉ cho các em nút “Thoát nhanh” ở trên cùng mỗi trang.
teacher-go-share = Tạo tờ rơi và mã QR

teacher-class-title = Cách giới thiệu an toàn trong lớp
teacher-class-how = Nói chung cho cả lớp, như một bài về an toàn. Không hỏi em nào có chuyện, không bắt ai giơ tay.
teacher-class-script-label = Thầy cô có thể nói:
teacher-class-script = “Ai cũng có quyền được an toàn, ở nhà và ở trường. Nếu có chuyện làm em sợ hay đau, đó không phải lỗi của em. Em có thể kể với một người lớn em tin, hoặc gọi 111, miễn phí. Sau giờ học, thầy cô luôn sẵn lòng nghe em.”
teacher-class-after = Cho các em biết lúc nào, ở đâu có thể gặp riêng thầy cô.
