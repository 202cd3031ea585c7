## "What matters to me", the staying-safer section and the trusted person. Vietnamese is the source text.

## What matters to me (in the plan; every question can be skipped)
matters-title = Điều quan trọng với tôi
matters-intro = Vài câu hỏi ngắn để kế hoạch hợp với bạn hơn. Không có câu trả lời đúng hay sai, và không có điểm. Bạn quyết định điều gì là đúng cho bạn. Bỏ qua cũng được.
matters-stance-legend = Lúc này bạn đang ở hoàn cảnh nào?
matters-stance-staying = Tôi đang sống chung với người kia và tạm thời ở lại
matters-stance-thinking = Tôi đang nghĩ đến chuyện rời đi
matters-stance-left = Tôi đã rời đi
matters-stance-unsure = Tôi chưa chắc
matters-priorities-legend = Điều gì quan trọng nhất với bạn?
matters-priorities-hint = Chọn tối đa 3 điều. Điều chọn trước đứng đầu; bấm “Đưa lên” để đổi thứ tự.
matters-p-safety = An toàn của tôi
matters-p-children = Các con tôi
matters-p-money-home = Tiền bạc và chỗ ở
matters-p-family = Giữ gìn gia đình
matters-p-privacy = Chuyện riêng của tôi được giữ kín
matters-p-health = Sức khỏe của tôi
matters-p-studies-work = Việc học hay công việc của tôi
matters-rank = Thứ { $n }
matters-move-up = Đưa lên
matters-full = Bạn đã chọn đủ 3 điều. Bỏ chọn một điều nếu muốn chọn điều khác.
matters-followed = Các phần bên dưới đã được sắp theo câu trả lời của bạn.
matters-clear = Bỏ các câu trả lời
matters-find-help = Tìm nơi giúp hợp với điều quan trọng với tôi
matters-print = In kèm “Điều quan trọng với tôi” khi in kế hoạch
matters-after-check = Cho biết điều gì quan trọng với bạn, để kế hoạch an toàn hợp với bạn hơn

## Why a section comes first (from the answers)
matters-why-staying = Vì bạn đang ở lại lúc này, phần an toàn hơn khi ở nhà được đưa lên trước.
matters-why-thinking = Vì bạn đang nghĩ đến chuyện rời đi, phần chuẩn bị được đưa lên trước. Chuẩn bị không có nghĩa là phải đi: bạn vẫn quyết định.
matters-why-left = Vì bạn đã rời đi, những việc sau khi rời đi được đưa lên trước.
matters-why-unsure = Vì bạn chưa chắc, phần an toàn hơn cho lúc này được đưa lên trước. Những phần khác vẫn ở đây khi bạn cần.
matters-why-safety = Vì bạn nói an toàn của bạn quan trọng nhất, phần này được đưa lên trước.
matters-why-children = Vì bạn nói các con là điều quan trọng với bạn, phần này được đưa lên trước.
matters-why-money-home = Vì bạn nói tiền bạc và chỗ ở quan trọng với bạn, phần này được đưa lên trước.
matters-why-family = Vì bạn nói giữ gìn gia đình quan trọng với bạn, phần này được đưa lên trước. Trong đó có vài điều cần biết về hòa giải.
matters-why-privacy = Vì bạn nói giữ kín chuyện riêng quan trọng với bạn, phần này được đưa lên trước.
matters-why-health = Vì bạn nói sức khỏe quan trọng với bạn, phần này được đưa lên trước.
matters-why-studies-work = Vì bạn nói việc học hay công việc quan trọng với bạn, phần này được đưa lên trước.

## The help view, preselected from the answers
matters-help-note = Đã chọn sẵn theo điều quan trọng với bạn. Bạn đổi lúc nào cũng được.
matters-unlisted-money = Về tiền bạc: danh sách này chưa có nơi nào ở địa phương chuyên giúp việc này. Những nơi tư vấn bên dưới có thể chỉ bạn nên hỏi ở đâu.
matters-unlisted-work = Về việc học hay công việc: danh sách này chưa có nơi nào ở địa phương chuyên giúp việc này. Những nơi tư vấn bên dưới có thể chỉ bạn nên hỏi ở đâu.

## Staying safer (a plan section)
plan-staying-title = An toàn hơn khi vẫn ở nhà
plan-staying-guide =
    Nhiều người ở lại, vì con, vì tiền bạc, vì gia đình, hay vì chưa đến lúc. Điều đó không sai, và bạn vẫn có thể an toàn hơn. Khi thấy căng thẳng tăng lên, hãy tìm cách ra khỏi phòng hay sang nhà ai đó một lúc. Bạn không có lỗi trong chuyện này.
plan-staying-mediation =
    Về hòa giải: gia đình, tổ hòa giải hay chính quyền có thể đề nghị hòa giải. Nếu đã có dấu hiệu nguy hiểm (bị bóp cổ, bị dọa giết, có dao, bạo lực ngày càng nặng), ngồi hòa giải với người kia có thể làm nguy hiểm tăng lên. Khi bạo lực làm hại hay đe dọa sức khỏe, tính mạng của bạn, thay vì hòa giải, bạn có quyền xin Chủ tịch UBND xã, phường ra quyết định cấm tiếp xúc: người kia không được đến gần bạn, mỗi lần tối đa 3 ngày, Chủ tịch phải trả lời trong 12 giờ. Bạn có thể xin trực tiếp hoặc gọi điện, không cần mẫu đơn. (Luật Phòng, chống bạo lực gia đình 2022, Điều 25; không cần mẫu đơn: thủ tục hành chính, Quyết định 3657/QĐ-BVHTTDL.)
plan-staying-i-signs = Tôi biết những dấu hiệu cho thấy người kia sắp nổi nóng (uống rượu, vài chuyện hay gây cãi nhau).
plan-staying-i-room = Khi căng thẳng, tôi sẽ ở phòng có lối ra, tránh bếp, nhà tắm và chỗ có dao kéo.
plan-staying-i-signal = Tôi đã hẹn một dấu hiệu với hàng xóm hay người nhà (bật đèn, gọi một cuộc, nói một từ) để họ gọi giúp.
plan-staying-i-papers = Tôi đã gửi bản sao giấy tờ (căn cước, giấy khai sinh của con) ở nhà người tin cậy.
plan-staying-i-money = Tôi để dành một ít tiền ở chỗ an toàn mà người kia không biết.
plan-staying-i-call = Tôi biết lúc nào cần gọi 113: khi tôi hay các con bị đánh, bị dọa, hay người kia cầm vật có thể gây thương tích.
plan-staying-i-children = Các con biết khi có ồn ào thì sang nhà hàng xóm hay vào phòng an toàn.
plan-staying-f-signs = Dấu hiệu căng thẳng sắp bùng lên
plan-staying-f-signs-hint = Chỉ ghi những gì bạn thấy an toàn khi ghi ra.
plan-staying-f-signal = Dấu hiệu của tôi, và ai sẽ hiểu
plan-staying-f-signal-hint = Ví dụ: bật đèn hiên, chị Tư bên cạnh sẽ gọi 113.
plan-staying-f-keep = Nơi tôi gửi giấy tờ và tiền
plan-staying-f-keep-hint = Nhà ai, ở đâu. Không cần ghi nếu thấy không an toàn.

## A trusted person one message away (in the plan)
trusted-title = Người tin cậy: nhắn một tin là biết
trusted-intro = Ghi tên (hay tên gọi ở nhà), số điện thoại của một người bạn tin, và một từ ám hiệu của riêng bạn. Bạn sẽ có sẵn vài tin nhắn ngắn để gửi chỉ bằng một lần bấm. Ứng dụng không gửi gì cả: tin nhắn mở trong SMS hoặc Zalo của bạn, và chỉ đi khi bạn bấm gửi ở đó.
trusted-name = Tên hay tên gọi
trusted-name-hint = Không cần tên thật, ghi sao cho bạn nhận ra là được.
trusted-number = Số điện thoại
trusted-number-hint = Ví dụ: 09xx xxx xxx
trusted-number-bad = Số này có vẻ chưa đúng. Chỉ dùng chữ số, có thể có dấu + ở đầu.
trusted-word = Từ ám hiệu
trusted-word-hint = Một từ bình thường mà hai người đã hẹn trước là bạn cần giúp. Hãy hẹn trước với họ khi nghe từ đó thì làm gì.
trusted-ready = Tin nhắn có sẵn
trusted-to = Gửi cho { $name }
trusted-need-number = Ghi số điện thoại ở trên để gửi bằng SMS.
trusted-need-word = Ghi từ ám hiệu ở trên để có tin nhắn này.
trusted-stays-behind = Trước khi gửi, bạn nên biết tin nhắn sẽ nằm lại ở đâu. Người nhận cũng giữ tin nhắn. Ứng dụng không bao giờ gửi vị trí của bạn.
## Before the ready messages: the plan closes itself when away too long (minutes from core::away)
trusted-away = Bạn có thể qua tin nhắn, Zalo hay gọi điện rồi quay lại đây: kế hoạch vẫn còn. Nhưng nếu bạn rời trang quá { $hidden } phút, hoặc không dùng đến trong { $idle } phút, kế hoạch sẽ tự đóng để người khác khó thấy, và những gì chưa lưu sẽ mất.
trusted-msg-call-me-label = Gọi cho tôi
trusted-msg-call-me = Đọc được tin này thì gọi lại liền nha.
trusted-msg-come-label = Qua đón tôi
trusted-msg-come = Qua đón giúp liền nha, gấp lắm.
trusted-msg-113-label = Gọi 113 giúp tôi
trusted-msg-113 = Gọi 113 giúp liền nha. Đang nguy hiểm.
trusted-msg-codeword-label = Tin nhắn có từ ám hiệu
trusted-msg-codeword = Nhớ { $word } nha!
trusted-sms = Gửi SMS
trusted-share = Gửi qua Zalo hay ứng dụng khác
trusted-copy = Chép tin nhắn
trusted-copied = Đã chép. Dán vào Zalo hay tin nhắn.
trusted-copy-failed = Không chép được. Hãy chọn và chép đoạn chữ ở trên.
copied-keyboard = Bàn phím điện thoại có thể vẫn lưu đoạn đã chép trong bảng nhớ tạm (clipboard) một thời gian.
trusted-numbers-title = Gửi các số cần gọi cho một người bạn
trusted-numbers-text = Các số có thể gọi khi cần giúp:
trusted-print = In kèm người tin cậy và từ ám hiệu khi in kế hoạch
