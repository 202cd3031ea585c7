# Chi tiết pháp lý dài nằm sau “Đọc thêm”: mỗi đoạn dài có một câu đầu ngắn (src/core/more.rs).
more-read = Đọc thêm
more-mediation = Nếu đã có dấu hiệu nguy hiểm, ngồi hòa giải có thể làm bạn nguy hiểm hơn. Bạn có quyền xin cấm tiếp xúc thay vì hòa giải.
more-no-contact = Xin quyết định cấm tiếp xúc: Chủ tịch UBND có thể cấm người gây bạo lực đến gần bạn.
more-legal-aid = Nếu khó khăn về tiền bạc, bạn có thể được trợ giúp pháp lý miễn phí.
