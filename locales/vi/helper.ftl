# Trang cho bạn bè, người thân, hàng xóm muốn giúp một người đang bị bạo lực.
# Câu ngắn, lời thường ngày (giọng miền Tây). Không hứa thay ai; không ép người ấy quyết định.
helper-title = Khi bạn bè, người thân của bạn đang bị bạo lực
helper-intro = Bạn không cần phải là chuyên gia. Chịu lắng nghe và tin người ấy đã là giúp rất nhiều.

helper-say-title = Những câu nên nói
helper-say-hint = Nói bằng lời của bạn cũng được. Vài câu để bắt đầu:
helper-say-believe = “Mình tin bạn.”
helper-say-not-fault = “Đó không phải lỗi của bạn.”
helper-say-deserve = “Không ai đáng bị đối xử như vậy.”
helper-say-what-help = “Bây giờ bạn muốn mình giúp gì?”
helper-say-no-rush = “Bạn không cần quyết định gì ngay đâu.”
helper-say-here = “Lúc nào cần, cứ tìm mình.”

helper-avoid-title = Những câu nên tránh
helper-avoid-leave = “Sao không bỏ đi cho rồi?”
helper-avoid-leave-why = Rời đi không dễ, và lúc rời đi có thể là lúc nguy hiểm nhất. Câu này làm người ấy thấy mình có lỗi.
helper-avoid-cause = “Chắc bạn làm gì cho người ta giận.”
helper-avoid-cause-why = Không có gì biện minh cho bạo lực. Người gây bạo lực mới là người có lỗi.
helper-avoid-endure = “Thôi ráng nhịn cho êm nhà.”
helper-avoid-endure-why = Nhịn không làm bạo lực dừng lại. Người ấy cần được an toàn, không phải chịu đựng thêm.
helper-avoid-children = “Vì con, ráng chịu đi.”
helper-avoid-children-why = Trẻ em sống giữa bạo lực cũng bị tổn thương. Người ấy lo cho con hơn ai hết.
helper-avoid-confront = “Để mình qua nói chuyện với người đó.”
helper-avoid-confront-why = Đối chất có thể làm người ấy gặp nguy hiểm hơn, và cả bạn nữa.

helper-listen-title = Cách lắng nghe
helper-listen-place = Chọn lúc và chỗ kín đáo, khi người gây bạo lực không ở gần.
helper-listen-let = Để người ấy kể theo cách của mình. Đừng ngắt lời, đừng hỏi dồn chi tiết.
helper-listen-silence = Im lặng một chút cũng không sao. Người ấy có thể cần thời gian.
helper-listen-ask = Hỏi người ấy cần gì, đừng quyết thay. Người ấy hiểu hoàn cảnh của mình hơn ai hết.
helper-listen-again = Nếu người ấy chưa muốn kể, đừng ép. Cho người ấy biết bạn vẫn ở đây.

helper-practical-title = Giúp những việc cụ thể
helper-practical-bag = Cất giùm một túi đồ: vài bộ quần áo, ít tiền, thuốc, đồ sạc điện thoại.
helper-practical-papers = Giữ giùm bản sao giấy tờ: thẻ căn cước (CCCD), giấy khai sinh của các con, thẻ bảo hiểm y tế.
helper-practical-code = Thống nhất một từ ám hiệu: một câu hay một tin nhắn bình thường, nghĩa là “gọi 113 giùm mình” hoặc “tới đón mình”.
helper-practical-place = Nếu an toàn cho bạn, cho người ấy biết nhà bạn là chỗ có thể tới khi cần, kể cả ban đêm.
helper-practical-go-with = Đi cùng người ấy tới trạm y tế, Ủy ban nhân dân xã, phường hay Hội Phụ nữ, nếu người ấy muốn.
helper-practical-numbers = Giữ giùm các số cần gọi, ghi ra giấy hoặc nhớ trong đầu.

helper-see-title = Khi bạn thấy bạo lực đang xảy ra
helper-see-113 = Nếu có người đang bị đánh hay bị đe dọa ngay lúc này, hãy gọi 113.
helper-see-distance = Đừng một mình xông vào can nếu việc đó làm bạn gặp nguy hiểm. Gọi thêm người, và đứng ở chỗ an toàn.
helper-see-111 = Nếu một đứa trẻ bị đánh, bị bỏ mặc hay có nguy cơ bị xâm hại, hãy gọi 111.

helper-self-title = Giữ an toàn cho chính bạn
helper-self-no-confront = Đừng đối chất hay cãi với người gây bạo lực. Khi bạn về rồi, người ấy có thể bị đánh nặng hơn.
helper-self-no-tell = Đừng kể lại những gì người ấy nói với người gây bạo lực, hay với ai có thể kể lại.
helper-self-limits = Bạn không phải làm hết mọi việc. Làm được chừng nào hay chừng đó.
helper-self-talk = Nếu thấy nặng lòng, hãy tìm một người bạn tin để chia sẻ cảm xúc của bạn, mà không kể tên hay chuyện riêng của người ấy.

helper-push-title = Vì sao đừng ép người ấy
helper-push-leave = Đừng ép người ấy bỏ đi hay ly hôn. Lúc sắp rời đi, hay mới rời đi, thường là lúc nguy hiểm nhất. Người ấy mới biết lúc nào là an toàn.
helper-push-mediate = Đừng ép người ấy ngồi hòa giải với người gây bạo lực. Hòa giải chỉ công bằng khi hai bên ngang hàng. Khi đang sợ, người ấy khó nói thật, và có thể bị trả thù sau đó.
helper-push-decide = Làm gì, và lúc nào, là do người ấy quyết định. Dù người ấy chọn gì, bạn vẫn có thể ở bên.
helper-push-danger = Khi có trẻ em bị hại, gọi 111; khi tính mạng ai đó bị đe dọa, gọi 113, dù người ấy chưa sẵn sàng.

helper-share-title = Chia sẻ sổ tay này mà không làm người ấy gặp nguy hiểm
helper-share-checked = Điện thoại của người ấy có thể bị người khác xem. Hỏi trước xem gửi gì, lúc nào thì an toàn.
helper-share-show = Cách an toàn nhất: mở sổ tay trên điện thoại của bạn cho người ấy xem, hoặc ghi địa chỉ ra mẩu giấy nhỏ dễ giấu.
helper-share-no-send = Đừng gửi đường link qua Zalo hay tin nhắn nếu điện thoại đó có thể bị kiểm tra.
helper-share-neutral = Trên thẻ trình duyệt, trang chỉ hiện tên “Sổ tay”, không có chữ nào về bạo lực.
helper-share-exit = Chỉ cho người ấy nút “Thoát nhanh” ở trên cùng: bấm vào là trang được thay ngay bằng một trang web bình thường.
helper-go-privacy = Cách xem mà không để lại dấu vết trên điện thoại
helper-go-check = Tự kiểm tra “cho người tôi quan tâm”
helper-go-help = Số khẩn cấp và đường dây nóng
