# Chung cho ba trang dành cho người xung quanh: bạn bè, người thân (helper), thầy cô (teacher), trẻ em (child).
# “Miễn phí” chỉ ghi bên cạnh số mà cột cost của data/directory.csv ghi free (tests/claims.rs).

people-call-113 = Gọi 113 (công an)
people-call-111 = Gọi 111 (bảo vệ trẻ em)
people-111-note = Miễn phí, cả ngày lẫn đêm.
people-more-title = Xem thêm
people-go-child = Trang dễ đọc dành cho trẻ em
people-go-helper = Cách giúp một người bạn, người thân đang bị bạo lực

# Liên kết từ kết quả tự kiểm tra (chế độ “cho người tôi quan tâm”) và từ thẻ 111 ở phần Tìm hỗ trợ.
people-helper-more = Nên nói gì, nên tránh gì, giúp cụ thể ra sao
people-child-page = Trang dễ đọc dành cho trẻ em


# A link to a page whose own words arrive only with it (phone.ftl, audiences.ftl).
people-go-young = Trang cho người trẻ: yêu là tôn trọng
people-go-community = Trang cho trưởng ấp, địa chỉ tin cậy và các đoàn thể
