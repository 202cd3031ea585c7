# Thoát nhanh: câu trình đọc màn hình nói sau mỗi lần nhấn Shift (ghi sẵn trong trang đầu).
exit-keys-left = Nhấn Shift thêm { $n } lần nữa để thoát.
