# Chia sẻ: đường link, mã QR, tờ rơi để in, hướng dẫn cho thầy cô, đoạn mã để gắn vào trang web.
share-title = Chia sẻ sổ tay này
share-intro = Dành cho thầy cô, nhân viên y tế, cán bộ Hội Phụ nữ và các tổ chức: tạo đường link hoặc mã QR để giới thiệu sổ tay này, in tờ rơi, hoặc gắn vào trang web của đơn vị. Không có gì được gửi đi: mọi thứ được tạo ngay trên máy này.

share-link-title = Đường link
share-lang-label = Mở bằng ngôn ngữ
share-view-label = Mở ở mục
share-area-label = Xã, phường (không bắt buộc)
share-area-hint = Gõ tên xã, phường (có dấu hay không dấu đều được). Phần “Tìm hỗ trợ” sẽ hiện trước những nơi giúp đỡ ở gần đó.
share-area-none = Không tìm thấy xã, phường nào có tên như vậy.
share-area-chosen = Đã chọn: { $area }
share-area-clear = Bỏ chọn xã, phường
share-link-label = Đường link để chia sẻ
share-copy = Chép đường link
share-copied = Đã chép.
share-copy-failed = Không chép tự động được. Nội dung đã được bôi đen: bạn hãy nhấn giữ rồi chọn “Sao chép”.

share-qr-title = Mã QR
share-qr-alt = Mã QR của đường link ở trên
share-qr-svg = Tải mã QR (SVG, để in)
share-qr-png = Tải mã QR (PNG, để gửi)
share-qr-too-long = Đường link quá dài để tạo mã QR.

share-poster-section = Tờ rơi để in
share-poster-hint = Tờ rơi dùng ngôn ngữ đã chọn ở trên. Khi in, chỉ tờ rơi được in ra.
share-paper-label = Khổ giấy
share-neutral-label = Lời lẽ trung tính, không nhắc đến bạo lực (nên chọn khi dán ở nơi đông người)
share-print = In tờ rơi
share-preview = Xem trước tờ rơi

share-poster-heading = Bạn không đơn độc
share-poster-text = Nếu chồng, người yêu hay người trong gia đình làm bạn sợ, làm bạn đau hay kiểm soát cuộc sống của bạn, ở đây có thông tin và những nơi có thể giúp bạn ở An Giang. Đó không phải lỗi của bạn.
share-poster-neutral-heading = Một cuốn sổ tay riêng cho bạn
share-poster-neutral-text = Những điều nên biết để giữ an toàn cho bản thân và gia đình, và những nơi có thể hỏi khi cần giúp đỡ ở An Giang.
share-poster-private = Không cần tên, không cần tài khoản. Những gì bạn xem không được gửi đi đâu cả.
share-poster-scan = Quét mã bằng camera điện thoại, hoặc gõ địa chỉ:

share-teach-title = Chia sẻ an toàn với học sinh
share-teach-1 = Giới thiệu sổ tay cho cả lớp, cùng với những trang hữu ích khác, để không em nào bị chú ý riêng.
share-teach-2 = Đừng gửi đường link vào điện thoại dùng chung của gia đình. Người làm em tổn thương có thể đang xem điện thoại đó.
share-teach-3 = Nếu một em tâm sự, hãy lắng nghe, tin em và hỏi em muốn gì. Khi em đang gặp nguy hiểm, có thể gọi 111 (Tổng đài bảo vệ trẻ em, miễn phí, cả ngày lẫn đêm) hoặc 113.
share-teach-4 = Chỉ cho em nút “Thoát nhanh” (trên máy tính: nhấn phím Shift ba lần), và cách mở trang ở chế độ riêng tư của trình duyệt.
share-teach-5 = Dán tờ rơi ở nơi em có thể đọc mà không bị ai để ý, như phòng y tế hay nhà vệ sinh. Ở nơi đông người, nên chọn lời lẽ trung tính.

share-embed-title = Gắn vào trang web của đơn vị
share-embed-text = Dành cho cán bộ phụ trách trang web: dán đoạn mã này vào trang. Máy chủ của sổ tay cần cho phép trang web của bạn hiển thị nó (dòng frame-ancestors trong hướng dẫn triển khai).
share-embed-label = Đoạn mã để gắn
share-embed-copy = Chép đoạn mã

# Trang hướng dẫn cho thầy cô, và mã QR thứ hai trên tờ rơi (khi nhà trường chọn).
share-teacher-link = Hướng dẫn cho thầy cô: khi một em tâm sự
share-teacher-qr-label = Thêm mã QR thứ hai, dẫn đến trang hướng dẫn cho thầy cô
share-poster-teacher = Dành cho thầy cô và nhân viên nhà trường: quét mã này
