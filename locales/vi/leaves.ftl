# Trang này để lại gì trên điện thoại: những gì trình duyệt và điện thoại tự ghi lại, và
# cách xóa riêng một dòng lịch sử. Mỗi đường đi trong menu lấy từ một nguồn có ngày
# (docs/sources.md); chỗ không có nguồn chỉ nói chung chung.
leaves-title = Trang này để lại gì trên điện thoại
leaves-intro = Trang này không gửi gì đi và không lưu gì nếu bạn không chọn lưu. Nhưng điện thoại và trình duyệt tự ghi lại vài thứ. Dưới đây là những gì có thể còn lại, và cách xóa.

leaves-stays-title = Những gì có thể còn lại
leaves-stays-history = Lịch sử trình duyệt: mỗi lần bạn mở trang có một dòng, với địa chỉ của trang và tên “Sổ tay”. Nếu Chrome đăng nhập tài khoản Google và bật đồng bộ, dòng này có thể hiện cả trên máy khác và trong hoạt động của tài khoản Google.
leaves-stays-calls = Cuộc gọi bạn bấm từ trang này: nằm trong nhật ký cuộc gọi của điện thoại và trên hóa đơn điện thoại.
leaves-stays-sms = Tin nhắn SMS: tin đã gửi, và cả bản nháp chưa gửi, nằm trong ứng dụng Tin nhắn.
leaves-stays-files = Tệp bạn lưu, như bản PDF của kế hoạch hay lá đơn, hoặc ảnh mã QR: nằm trong mục Tải xuống (Downloads).
leaves-stays-keyboard = Bàn phím: có thể nhớ những từ bạn gõ, và giữ chữ bạn sao chép trong lịch sử bộ nhớ tạm một thời gian.
leaves-stays-kept = Kế hoạch hay nhật ký bạn chọn lưu: nằm trong trình duyệt, được khóa bằng mật khẩu của bạn. Chỉ có khi bạn đã chọn lưu.
leaves-stays-cache = Bộ nhớ đệm của trình duyệt: giữ một số tệp của trang (phần mã để trang chạy) một thời gian, để lần sau mở nhanh hơn.

leaves-row-title = Xóa riêng một dòng lịch sử
leaves-row-why = Xóa sạch cả lịch sử đôi khi khiến người xem điện thoại để ý. Kín đáo hơn là chỉ xóa dòng “Sổ tay”. Ví dụ dưới đây theo hướng dẫn đã công bố. Menu có thể thay đổi theo phiên bản.
leaves-row-chrome = Chrome trên Android: bấm dấu ba chấm ⋮ ở góc trên bên phải, chọn “Lịch sử”, tìm dòng “Sổ tay” rồi bấm nút xóa ở bên phải dòng đó.
leaves-row-samsung = Samsung Internet: bấm biểu tượng ba gạch ở góc dưới bên phải, chọn “Lịch sử”, rồi tìm cách xóa riêng dòng “Sổ tay” ở đó.
leaves-row-coccoc = Cốc Cốc và các trình duyệt khác: tìm mục “Lịch sử” trong menu của trình duyệt, rồi xóa riêng dòng “Sổ tay”.
leaves-row-zalo = Nếu bạn mở đường link ngay trong Zalo, trang chạy trong trình duyệt riêng của Zalo, có lịch sử và bộ nhớ riêng; kế hoạch bạn chọn lưu khi đó cũng nằm trong Zalo. Lần sau, hãy mở đường link bằng Chrome: tìm trong menu của màn hình đó lựa chọn mở bằng trình duyệt.

leaves-private-title = Kín đáo hơn: thẻ ẩn danh
leaves-private-1 = Khi đóng thẻ ẩn danh, trình duyệt không giữ lịch sử của thẻ đó. Trong Chrome: bấm dấu ba chấm ⋮, chọn “Thẻ ẩn danh mới”. Trong Samsung Internet: bấm biểu tượng các thẻ, rồi bật “Chế độ bí mật” (Secret mode).
leaves-private-2 = Thẻ ẩn danh không xóa tệp bạn tải về, cuộc gọi hay tin nhắn: những thứ đó vẫn còn như trên.

## Nơi mọi thứ sẽ nằm lại: một dòng bên cạnh nút in, tải, gửi hay sao chép
stays-pdf = Nếu lưu thành PDF, tệp sẽ nằm trong mục Tải xuống (Downloads), với một tên bình thường (thường là “Sổ tay”). Bạn nhớ chuyển tệp đi chỗ khác hoặc xóa khi không cần nữa.
stays-qr = Ảnh mã QR tải về sẽ nằm trong mục Tải xuống (Downloads).
stays-sms = Tin nhắn SMS, dù đã gửi hay chưa, vẫn nằm trong ứng dụng Tin nhắn. Nếu không gửi, bạn nhớ xóa bản nháp.
stays-zalo = Tin gửi qua Zalo nằm lại trong Zalo, và cả trong Zalo trên máy tính nếu có đăng nhập.
stays-copy = Chữ bạn sao chép sẽ nằm trong lịch sử bộ nhớ tạm của bàn phím một thời gian.
