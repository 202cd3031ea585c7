## The incident diary ("Nhật ký của tôi") and the request for a no-contact order.
## Vietnamese is the source text. Legal facts only from the project's legal research
## (Law 13/2022, Art. 2, 19, 25, 26; Decree 76/2023, Art. 19; Law on Legal Aid, Art. 7).

## The entry point in the plan
diary-link-title = Ghi lại những gì đã xảy ra
diary-link-text = Một cuốn nhật ký riêng, khóa bằng mật khẩu nếu bạn lưu: ghi ngày và chuyện đã xảy ra, để khi cần bạn nhớ rõ, và có thể in đơn đề nghị cấm tiếp xúc. Chỉ bật khi bạn muốn.
diary-link-open = Mở nhật ký

## The diary screen
diary-title = Nhật ký của tôi
diary-intro = Nhiều người chỉ nhớ rõ lần đầu và lần gần nhất. Ghi lại từng lần giúp bạn nhớ khi muốn kể với công an, xã hay người giúp đỡ. Ghi gì, ghi lúc nào là do bạn quyết định.
diary-memory = Nhật ký chỉ nằm trong trang này cho đến khi bạn chọn lưu. Chưa lưu thì nó sẽ mất khi bạn đóng trang, bấm “Thoát nhanh”, hoặc khi trang tự đóng.
diary-autoclose = Để người khác khó thấy, nhật ký tự đóng khi bạn rời trang quá { $hidden } phút hoặc không dùng đến trong { $idle } phút. Nếu bạn đã lưu trên điện thoại này, những gì bạn sửa sẽ được lưu khi nhật ký tự đóng. Còn khi bạn đóng trang hay chuyển sang trang khác thì có thể không kịp lưu, nên hãy bấm lưu trước.
diary-evidence = Trang này không giữ ảnh. Ảnh chụp bằng điện thoại nằm trong thư viện ảnh, nơi người khác có thể thấy. Bạn có thể gửi ảnh cho một người tin cậy rồi xóa khỏi máy, và nhờ người tin cậy giữ giúp giấy khám của trạm y tế hay bệnh viện. Ảnh đã xóa thường còn một thời gian trong mục ảnh đã xóa (thùng rác) của thư viện ảnh, và ảnh đã gửi còn trong cuộc trò chuyện Zalo: xóa cả ở đó nếu máy có thể bị xem.
diary-empty = Chưa có ghi chép nào.
diary-count = Đã ghi { $n } lần.
diary-add = Ghi thêm một lần
diary-edit = Sửa
diary-delete = Xóa ghi chép này
diary-delete-confirm = Xóa ghi chép này? Không thể lấy lại.
diary-delete-yes = Xóa
diary-delete-no = Không xóa
diary-undated = Không rõ ngày
diary-children-present = Có trẻ em ở đó.

## Writing one entry
diary-form-new = Ghi chép mới
diary-form-edit = Sửa ghi chép
diary-field-day = Ngày xảy ra
diary-hint-day = Không nhớ rõ ngày thì để trống, ghi điều bạn nhớ vào phần “Ghi thêm”.
diary-field-place = Ở đâu
diary-hint-place = Ví dụ: ở nhà, ngoài ruộng, ở chợ. Phần này không đưa vào đơn.
diary-field-what = Chuyện gì đã xảy ra
diary-hint-what = Kể bằng lời của bạn: người gây bạo lực đã nói gì, làm gì. Ghi cả giờ nếu bạn nhớ. Phần này được in vào đơn đúng như bạn viết.
diary-field-injuries = Bị thương hay đau ở đâu
diary-hint-injuries = Vết bầm, vết cắt, chỗ đau, kể cả những chỗ không nhìn thấy.
diary-field-clinic = Đi khám ở trạm y tế, bệnh viện
diary-hint-clinic = Có đi khám không, ở đâu, có giấy tờ gì (giấy khám, toa thuốc). Hãy giữ giấy ở chỗ an toàn.
diary-field-witnesses = Ai đã thấy hoặc nghe
diary-hint-witnesses = Hàng xóm, người thân, bạn bè… nếu có.
diary-field-children = Có trẻ em ở đó không?
diary-children-not-said = Không ghi
diary-children-yes = Có
diary-children-no = Không
diary-field-threats = Đe dọa qua điện thoại, Zalo, tin nhắn
diary-hint-threats = Ghi ngày giờ và lời đe dọa. Chụp màn hình rồi gửi cho người tin cậy, và xóa khỏi máy nếu sợ bị xem: xóa cả trong thùng rác của thư viện ảnh và trong cuộc trò chuyện đã gửi.
diary-field-notes = Ghi thêm
diary-hint-notes = Bất cứ điều gì khác, bằng tiếng nào cũng được. Phần này không đưa vào đơn.
diary-form-save = Lưu ghi chép này
diary-form-cancel = Thôi
diary-error-blank = Ghi chép này còn trống. Bạn ghi ít nhất một điều nhé.
diary-error-full = Nhật ký đã đầy. Bạn có thể in ra rồi xóa bớt những ghi chép cũ.
diary-error-missing = Ghi chép này không còn nữa.
diary-saved-entry = Đã ghi lại trong trang này.
diary-deleted = Đã xóa ghi chép.

## Erasing
diary-erase-button = Xóa cả nhật ký
diary-erase-confirm = Xóa toàn bộ nhật ký, cả bản đã lưu trên máy này? Kế hoạch an toàn vẫn giữ nguyên. Không thể lấy lại.
diary-erase-yes = Xóa cả nhật ký
diary-erase-no = Không xóa
diary-erased = Đã xóa nhật ký.
diary-erase-locked = Bản đã lưu trên máy vẫn còn. Muốn xóa nó, bạn mở bằng mật khẩu trước.

## Keeping it on this device
diary-keep-title = Lưu nhật ký trên máy này
diary-keep-explain = Nhật ký và kế hoạch an toàn được mã hóa ngay trên máy và lưu chung, với cùng một mật khẩu. Không có gì được gửi đi.
diary-keep-forget = Nếu quên mật khẩu, nhật ký mất luôn: không ai mở lại được, kể cả chúng tôi.
diary-passphrase-label = Mật khẩu
diary-keep-button = Khóa bằng mật khẩu và lưu
diary-kept = Đã lưu, có khóa mật khẩu.
diary-save-button = Lưu những thay đổi
diary-unsaved = Có thay đổi chưa lưu.
diary-open-offer = Trên máy này có một bản đã lưu. Nhập mật khẩu để mở.
diary-open-replaces = Mở bản đã lưu sẽ thay cho những gì đang ghi trong trang này.
diary-open-button = Mở
diary-opened = Đã mở.
diary-saved = Đã lưu những thay đổi.
diary-keep-delete-confirm = Xóa bản đã lưu khỏi máy này, cả nhật ký lẫn kế hoạch an toàn? Sau khi xóa sẽ không lấy lại được.

## Limits
diary-limits-title = Cần biết
diary-limit-evidence = Nhật ký tự nó không phải là bằng chứng. Nó giúp bạn nhớ và kể lại; giấy khám, tin nhắn, người chứng kiến có thể có ích hơn.
diary-limit-decision = Không ai có thể hứa trước xã hay tòa án sẽ quyết định thế nào.

## The printing screen
diary-print-link = In ghi chép và đơn đề nghị cấm tiếp xúc
diary-print-title = In để mang theo
diary-print-intro = Bạn có thể in (hoặc lưu thành PDF) những ghi chép bạn chọn, cùng một lá đơn đề nghị Chủ tịch Ủy ban nhân dân xã, phường cấm người gây bạo lực đến gần bạn. Lá đơn bằng tiếng Việt, nhưng những gì bạn tự ghi được in đúng như bạn viết. Nếu bạn ghi bằng tiếng Khmer, xã có thể không đọc được: hãy nhờ người tin cậy viết lại bằng tiếng Việt, hoặc kể trực tiếp với Chủ tịch.
diary-print-back = Quay lại nhật ký
diary-print-choose = Chọn những ghi chép đưa vào
diary-print-none = Chưa có ghi chép nào để in. Bạn ghi lại trong nhật ký trước nhé.
diary-print-commune = Xã, phường nơi việc xảy ra
diary-print-commune-hint = Chủ tịch Ủy ban nhân dân xã, phường nơi xảy ra bạo lực là người quyết định.
diary-print-commune-none = Chưa chọn (để dòng trống, viết tay sau)
diary-print-own-name = Tên của bạn (không bắt buộc)
diary-print-other-name = Tên người gây bạo lực (không bắt buộc)
diary-print-names-hint = Để trống thì đơn có dòng chấm để bạn viết tay.
diary-print-copy = Thêm bản dịch để bạn đọc
diary-print-copy-none = Không cần
diary-print-no-where = Đơn không ghi phần “Ở đâu” và “Ghi thêm” của các ghi chép, và không bao giờ ghi nơi bạn đang ở.
diary-print-stays = Trang không lưu tên và những gì bạn chọn ở đây.
diary-print-button = In / lưu PDF
diary-print-preview = Bản xem trước
diary-print-pick-one = Chọn ít nhất một ghi chép để in.

## What happens next (beside the request, on screen)
diary-next-title = Sau khi bạn đề nghị
diary-next-12h = Chủ tịch Ủy ban nhân dân xã, phường phải xem xét và quyết định trong vòng 12 giờ kể từ khi nhận đề nghị. Nếu không đồng ý, phải trả lời bằng văn bản và nêu rõ lý do.
diary-next-3days = Mỗi lần cấm tiếp xúc kéo dài tối đa 3 ngày. Trong thời gian đó, người gây bạo lực không được đến gần bạn, không được dùng điện thoại hay phương tiện khác để bạo lực với bạn.
diary-next-who = Quyết định có hiệu lực ngay khi ký, và được gửi cho người gây bạo lực, cho bạn, cho Trưởng Công an xã, phường và trưởng ấp, trưởng khóm (khu phố) nơi bạn cư trú. Vì người kia cũng nhận được, đừng ghi nơi bạn đang tạm lánh vào đơn. Người kia sẽ biết bạn đã đề nghị, và mỗi lần chỉ tối đa 3 ngày: hãy tính trước chỗ an toàn và người giúp cho cả những ngày sau đó. Gọi 113 nếu người kia vi phạm.
diary-next-breach = Đến gần bạn trong vòng 100 mét mà không có tường ngăn, hoặc dùng điện thoại, phương tiện khác để bạo lực với bạn, là vi phạm (trừ vài trường hợp luật cho phép, như đám cưới, đám tang, có người bệnh nặng). Người vi phạm có thể bị công an tạm giữ.
diary-next-life = Khi bạo lực đe dọa tính mạng, Chủ tịch xã, phường có thể tự ra quyết định mà không cần ai đề nghị.
diary-ways-title = Những cách khác để đề nghị
diary-ways-text = Không bắt buộc phải có đơn viết. Bạn có thể gặp hoặc gọi điện cho Chủ tịch xã, phường, gửi qua bưu điện hoặc qua mạng. Không mất phí. Người giám hộ, người đại diện theo pháp luật của bạn cũng có thể đề nghị; cơ quan, tổ chức thì phải được bạn đồng ý.
diary-court = Muốn được bảo vệ lâu hơn: khi tòa án đang giải quyết một vụ việc dân sự giữa bạn và người kia (ví dụ ly hôn), tòa có thể cấm tiếp xúc đến 4 tháng, khi có đơn yêu cầu.
diary-report-title = Nơi khác bạn có thể báo
diary-report-intro = Bạn có thể gọi, nhắn tin, viết thư hoặc đến trực tiếp (Điều 19 Luật Phòng, chống bạo lực gia đình):
diary-report-commune = Ủy ban nhân dân xã, phường;
diary-report-police = công an hoặc đồn biên phòng gần nơi xảy ra;
diary-report-school = nhà trường, nếu người bị bạo lực là học sinh;
diary-report-village = trưởng ấp, trưởng khóm (khu phố), hay trưởng ban công tác Mặt trận;
diary-report-union = người đứng đầu tổ chức ở xã, ví dụ Hội Liên hiệp Phụ nữ.
diary-report-danger = Nếu đang nguy hiểm ngay lúc này, hãy gọi 113.
diary-aid = Trợ giúp pháp lý miễn phí dành cho nạn nhân bạo lực gia đình có khó khăn về tài chính (hộ cận nghèo, hoặc đang hưởng trợ cấp xã hội hằng tháng); người thuộc hộ nghèo, trẻ em, và người dân tộc thiểu số sống ở vùng có điều kiện kinh tế - xã hội đặc biệt khó khăn cũng được. Hỏi Trung tâm Trợ giúp pháp lý nhà nước; nếu bạn không tự viết được, nhân viên sẽ điền giúp để bạn ký hoặc điểm chỉ.
diary-own-request = Đây là đơn do bạn tự đưa ra, không phải mẫu đơn chính thức.

## On paper: the record
diary-record-title = Ghi chép những việc đã xảy ra
diary-record-printed = In ngày { $date }. Do tôi tự ghi lại.

## On paper: the request (always printed in Vietnamese; en/km only as the person's copy)
diary-req-motto-state = CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM
diary-req-motto-words = Độc lập – Tự do – Hạnh phúc
diary-req-date = Ngày { $day } tháng { $month } năm { $year }
diary-req-title = ĐỀ NGHỊ ÁP DỤNG BIỆN PHÁP CẤM TIẾP XÚC
diary-req-to = Kính gửi: Chủ tịch Ủy ban nhân dân { $area }
diary-req-name = Tôi tên là: { $name }
diary-req-contact = Liên hệ với tôi qua (người tin cậy): { $blank }
diary-req-i-am = Tôi là người bị bạo lực gia đình.
diary-req-other = Người có hành vi bạo lực gia đình: { $name }
diary-req-relation = Quan hệ với tôi (chồng, vợ, người đã ly hôn, người sống chung…): { $blank }
diary-req-happened = Những việc đã xảy ra:
diary-req-on = Ngày { $date }:
diary-req-undated = Không rõ ngày:
diary-req-f-what = Sự việc
diary-req-f-injuries = Thương tích
diary-req-f-clinic = Khám, chữa bệnh
diary-req-f-witnesses = Người chứng kiến
diary-req-f-threats = Đe dọa
diary-req-children = Có trẻ em ở đó.
diary-req-harm = Những hành vi bạo lực gia đình nêu trên đã gây tổn hại hoặc đe dọa gây tổn hại đến sức khỏe, hoặc đe dọa tính mạng của tôi.
diary-req-ask = Căn cứ Điều 25 Luật Phòng, chống bạo lực gia đình số 13/2022/QH15, tôi đề nghị Chủ tịch Ủy ban nhân dân { $area } xem xét, quyết định áp dụng biện pháp cấm tiếp xúc: cấm người có hành vi bạo lực gia đình nêu trên đến gần tôi và sử dụng phương tiện, công cụ để thực hiện hành vi bạo lực gia đình đối với tôi.
diary-req-thanks = Tôi xin chân thành cảm ơn.
diary-req-sign = Người đề nghị (ký hoặc điểm chỉ, ghi rõ họ tên)
diary-req-copy-note = Bản dịch để bạn đọc. Bản nộp cho xã là bản tiếng Việt.
