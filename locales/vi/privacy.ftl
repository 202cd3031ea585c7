privacy-title = An toàn khi dùng mạng
privacy-intro = Điện thoại và máy tính có thể để lại dấu vết. Dưới đây là những gì trang này giữ lại (gần như không gì cả) và vài cách để bạn an toàn hơn khi tìm hiểu.

privacy-keeps-title = Trang này giữ lại gì
privacy-keeps-1 = Không gì được gửi đi. Câu trả lời, kế hoạch và những gì bạn tìm kiếm chỉ nằm trong trang đang mở. Trang không dùng cookie, không đếm lượt xem, không tải gì từ nơi khác. Nhưng máy chủ gửi trang này, như mọi trang web, có thể thấy có người mở trang.
privacy-keeps-2 = Không gì được lưu lại, trừ khi bạn chọn. Khi bạn đóng trang hoặc bấm “Thoát nhanh”, mọi thứ bạn đã nhập sẽ mất.
privacy-keeps-3 = Nếu bạn chọn lưu kế hoạch an toàn (và nhật ký) trên máy này, chúng được khóa bằng mật khẩu do bạn đặt. Người cầm điện thoại có thể thấy trang này đã lưu một thứ gì đó, nhưng không đọc được nội dung nếu không có mật khẩu.

privacy-name-title = Tên trang trên thẻ trình duyệt
privacy-name-1 = Trên thẻ trình duyệt, trang này chỉ hiện tên “Sổ tay” cùng một biểu tượng chiếc lá đơn giản. Tên được chọn bình thường như vậy để người khác liếc qua không đoán được bạn đang đọc gì. Trong lịch sử trình duyệt, mỗi lần bạn mở trang để lại một dòng, với địa chỉ của trang và tên “Sổ tay”.

privacy-private-title = Duyệt web riêng tư
privacy-private-1 = Lần sau, bạn có thể mở trang này trong thẻ ẩn danh: trong Chrome hoặc Cốc Cốc, bấm vào dấu ba chấm rồi chọn “Thẻ ẩn danh mới”; trên iPhone, trong Safari chọn “Riêng tư”. Khi đóng thẻ ẩn danh, trình duyệt không ghi lại trang bạn đã xem.
privacy-private-2 = Nếu bạn mở đường link từ Zalo, Messenger hay tin nhắn, đường link vẫn còn trong cuộc trò chuyện. Bạn có thể xóa riêng tin nhắn đó nếu thấy cần.
privacy-inapp = Nếu đường link mở ngay trong Zalo hay Messenger, trang chạy trong trình duyệt riêng của ứng dụng đó. Kế hoạch bạn chọn lưu khi ấy cũng nằm trong ứng dụng đó. Tốt hơn là mở đường link bằng Chrome.

privacy-traces-title = Xóa dấu vết mà không gây chú ý
privacy-traces-1 = Xóa sạch toàn bộ lịch sử một cách đột ngột đôi khi khiến người kiểm tra điện thoại nghi ngờ. Cách kín đáo hơn là chỉ xóa những mục liên quan đến trang này trong lịch sử trình duyệt.
privacy-leaves-link = Điện thoại còn giữ lại gì, và cách xóa riêng một dòng lịch sử
privacy-traces-2 = Hãy xem cả danh sách “thẻ đã đóng gần đây” và những gợi ý hiện ra khi gõ vào thanh địa chỉ.
privacy-traces-3 = Nếu bạn đã lưu kế hoạch (và nhật ký) trên máy này, bạn có thể xóa bất cứ lúc nào trong phần Kế hoạch an toàn.

privacy-exit-title = Thoát nhanh làm gì
privacy-exit-1 = Khi bạn bấm “Thoát nhanh” (hoặc nhấn Shift ba lần, trên máy tính), trang được xóa trắng ngay, những gì bạn nhập bị bỏ đi, và một trang web bình thường mở ra thay chỗ. Bấm nút Quay lại sẽ không trở về trang này.
privacy-exit-2 = Chuyển giữa các phần trong trang không đổi địa chỉ, nên không thêm dòng nào vào lịch sử. Nhưng lần mở trang vẫn là một dòng trong lịch sử, với địa chỉ của trang và tên “Sổ tay”; nếu Chrome đăng nhập tài khoản Google và bật đồng bộ, dòng đó có thể hiện cả trên máy khác và trong hoạt động của tài khoản Google. Trang bạn mở trước khi vào đây (ví dụ một trang tìm kiếm) cũng còn trong lịch sử.

privacy-device-title = Nếu bạn nghĩ điện thoại đang bị theo dõi
privacy-device-1 = Nếu ai đó hay xem điện thoại của bạn, hoặc biết bạn đi đâu mà bạn không hiểu vì sao, có thể điện thoại đang bị theo dõi. Khi có thể, hãy tìm hiểu bằng một máy an toàn hơn, ví dụ điện thoại của người bạn tin tưởng. Bạn là người quyết định điều gì an toàn cho mình.
