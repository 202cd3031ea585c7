# Trang cho trẻ em: câu rất ngắn, không hỏi gì, không lưu gì. 111 trước, rồi mới đến 113.
child-title = Trang này dành cho em
child-not-fault = Người lớn đánh nhau hay làm em đau: đó không phải lỗi của em.
child-tell = Em có thể kể với một người lớn mà em tin.
child-who = Như ông bà, cô dì, chú bác, hay thầy cô.
child-111-what = Em cũng có thể gọi 111. Đó là số điện thoại bảo vệ trẻ em.
child-call-111 = Gọi 111
child-111-note = Miễn phí. Ngày hay đêm đều gọi được.
child-now = Nếu ai đang đánh em hay người nhà, hãy tới chỗ an toàn. Rồi mới gọi 113.
child-call-113 = Gọi 113 (công an)

child-plan-title = Kế hoạch nhỏ của em
child-plan-place = Nghĩ trước một chỗ an toàn. Trong nhà hay nhà hàng xóm đều được.
child-plan-grownup = Nghĩ trước một người lớn để chạy tới.
child-plan-how = Cách gọi: bấm 1, 1, 1. Rồi bấm nút gọi.
child-plan-learn = Học thuộc hai số: 111 và 113.
child-plan-away = Khi người lớn đánh nhau, em đừng xen vào. Hãy tới chỗ an toàn.

child-end = Em xứng đáng được an toàn và được thương yêu.
child-private = Trang này không hỏi gì, không lưu gì. Nếu có ai tới, bấm “Thoát nhanh” ở trên cùng.
