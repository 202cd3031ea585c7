# Khung ứng dụng: tên, thoát nhanh, ngôn ngữ, số khẩn cấp, điều hướng, trang chủ.
# Tên ứng dụng trung tính: nhìn vào danh sách thẻ hay lịch sử không ai đoán ra nội dung.
app-name = Sổ tay
app-skip = Chuyển đến nội dung chính
soon = Phần này đang được hoàn thiện. Trong lúc chờ, bạn có thể gọi các số khẩn cấp ở phía trên bất cứ lúc nào.

exit-button = Thoát nhanh
exit-hint = Rời trang này ngay và mở một trang web bình thường. Trên máy tính, bạn cũng có thể nhấn phím Shift ba lần.

lang-label = Ngôn ngữ

emergency-title = Cần giúp ngay? Gọi miễn phí:
emergency-police = Công an
emergency-ambulance = Cấp cứu
emergency-child = Bảo vệ trẻ em

nav-label = Các mục chính
nav-home = Trang chủ
nav-check = Tự kiểm tra
nav-plan = Kế hoạch an toàn
nav-help = Tìm hỗ trợ
nav-privacy = An toàn khi dùng mạng
nav-leaves = Điện thoại còn giữ lại gì
nav-about = Giới thiệu
nav-share = Chia sẻ sổ tay này

footer-private = Những gì bạn xem và ghi ở đây không được gửi đi đâu, và không được lưu lại, trừ khi bạn chọn lưu kế hoạch hay nhật ký.
footer-shift = Cần rời đi ngay: bấm “Thoát nhanh” ở trên cùng.
footer-shift-keys = Trên máy tính, bạn cũng có thể nhấn phím Shift ba lần.

home-title = Nơi riêng tư dành cho bạn
home-intro = Nếu chồng, người yêu hay ai đó trong gia đình làm bạn sợ, làm bạn đau hay kiểm soát cuộc sống của bạn, đó không phải lỗi của bạn. Ở đây bạn có thể tìm hiểu, chuẩn bị để giữ an toàn cho mình và tìm người giúp, theo cách của bạn, lúc nào bạn thấy sẵn sàng.
home-private = Không cần tên, không cần tài khoản. Không có gì bạn xem hay ghi ở đây được gửi đi.
## After the page closed itself (hidden or unused too long) or was cleared on leaving
home-closed-time = Trang đã tự đóng vì bạn rời đi hoặc không dùng đến trong một lúc, để người khác khó thấy. Những gì chưa lưu đã mất. Nếu bạn đã lưu trên điện thoại này, phần đã lưu vẫn còn: mở lại bằng mật khẩu của bạn.
home-closed-left = Để giữ an toàn cho bạn, trang đã được xóa khi bạn rời đi. Những gì chưa lưu đã mất. Nếu bạn đã lưu trên điện thoại này, phần đã lưu vẫn còn: mở lại bằng mật khẩu của bạn.
home-check-title = Tự kiểm tra
home-check-text = Vài câu hỏi đơn giản giúp bạn nhận ra các dấu hiệu bạo lực và nguy hiểm. Không chấm điểm, không phán xét.
home-check-go = Bắt đầu tự kiểm tra
home-plan-title = Kế hoạch an toàn
home-plan-text = Từng bước chuẩn bị để an toàn hơn: khi có chuyện xảy ra, khi cần rời đi, giấy tờ cần mang theo. Chỉ lưu lại nếu bạn muốn, và được khóa bằng mật khẩu của bạn.
home-plan-go = Lập kế hoạch
home-help-title = Tìm hỗ trợ
home-help-text = Số khẩn cấp và đường dây nóng có thể giúp bạn, tìm theo điều bạn cần và theo xã, phường nơi bạn ở.
home-help-go = Tìm hỗ trợ
home-phone = Điện thoại của tôi có an toàn không?
home-friend = Bạn đang lo cho một người khác? Phần tự kiểm tra cũng dành cho bạn bè, người thân, thầy cô muốn giúp ai đó.
home-exit-hint = Nếu cần rời đi ngay, bấm “Thoát nhanh” ở trên cùng. Trang này sẽ được thay bằng một trang web bình thường.
home-exit-keys = Trên máy tính, bạn cũng có thể nhấn phím Shift ba lần.

# Khi một phần của ứng dụng chưa tải về được (mạng chậm hoặc mất).
app-loading = Đang mở…
app-unavailable-title = Chưa mở được phần này
app-unavailable-text = Có thể mạng đang chậm hoặc bị ngắt. Bạn vẫn có thể gọi các số khẩn cấp ở phía trên và bấm “Thoát nhanh” bất cứ lúc nào.
app-unavailable-retry = Thử lại

# Những trang cho người ở bên cạnh (liên kết trên trang chủ).
nav-helper = Giúp bạn bè, người thân
nav-teacher = Dành cho thầy cô
nav-child = Trang cho trẻ em
home-people-title = Cho những người ở bên cạnh
home-people-text = Lời khuyên cho bạn bè, người thân, hàng xóm và thầy cô muốn giúp, và một trang viết cho trẻ em.

# Ba trang cho người trẻ, cho trưởng ấp và đoàn thể, cho người muốn thay đổi (audiences.ftl).
nav-young = Cho người trẻ
nav-community = Cho trưởng ấp, đoàn thể
nav-change = Tôi muốn thay đổi
