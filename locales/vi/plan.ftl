## The safety-planning guide ("Kế hoạch của tôi"). Vietnamese is the source text.
## Ids: plan-<section>-title / -guide / -i-<item> / -f-<field> / -f-<field>-hint.

plan-title = Kế hoạch an toàn
plan-intro = Đây là kế hoạch để bạn an toàn hơn, theo cách của bạn. Bạn là người quyết định điều gì phù hợp với mình. Mở phần nào trước cũng được, bỏ qua phần nào cũng được.
plan-memory-note = Không có gì được lưu lại nếu bạn không chọn. Những gì bạn ghi chỉ nằm trong trang này, và sẽ mất khi bạn bấm “Thoát nhanh” hoặc đóng trang.
plan-progress = Đã bắt đầu { $done }/{ $total } phần
plan-section-progress = { $done }/{ $total }
plan-section-untouched = Chưa bắt đầu
plan-clear-button = Xóa hết những gì đã ghi
plan-clear-confirm = Xóa hết những gì bạn đã ghi trong trang này? Không thể lấy lại.

## Typing: said once in the plan and once in the diary
typing-private-tab = Bàn phím điện thoại có thể ghi nhớ những chữ bạn gõ để gợi ý lại sau này, và trang này không ngăn được điều đó. Gõ trong thẻ ẩn danh thì an toàn hơn.

## Why a section comes first (after the self-check)
plan-why-not-safe-now = Vì bạn nói lúc này bạn chưa an toàn, phần này được đưa lên trước.
plan-why-serious-danger = Vì những điều bạn kể cho thấy nguy hiểm có thể rất lớn, phần này được đưa lên trước.
plan-why-strangulation = Vì bạn có nhắc đến việc bị bóp cổ, phần này được đưa lên trước.
plan-why-children = Vì bạn có nhắc đến con, phần này được đưa lên trước.
plan-why-pregnancy = Vì bạn có nhắc đến việc mang thai, phần này được đưa lên trước.
plan-why-separation = Vì bạn có nhắc đến chuyện chia tay hoặc ly thân, phần này được đưa lên trước.
plan-why-stalking = Vì bạn có nhắc đến việc bị theo dõi hay bám theo, phần này được đưa lên trước.
plan-why-phone = Vì bạn có nhắc đến việc điện thoại hay tài khoản bị kiểm tra, phần này được đưa lên trước.
plan-why-money = Vì bạn có nhắc đến chuyện tiền bạc bị kiểm soát, phần này được đưa lên trước.
plan-why-isolation = Vì bạn có nhắc đến việc bị cô lập, ngăn cách với người thân, bạn bè, phần này được đưa lên trước.
plan-why-sexual = Vì bạn có nhắc đến việc bị ép quan hệ, phần này được đưa lên trước.

## During an incident
plan-incident-title = Khi có chuyện xảy ra
plan-incident-guide =
    Khi thấy căng thẳng sắp bùng lên, hãy cố tránh vào bếp, nhà tắm, hay chỗ có dao kéo và không có lối ra. Nếu được, hãy ở gần cửa. Bạn không có lỗi trong chuyện này. Nếu đang nguy hiểm ngay lúc này, hãy gọi 113.
plan-incident-i-exits = Tôi biết các lối ra khỏi nhà (cửa trước, cửa sau, cửa sổ).
plan-incident-i-room = Tôi biết chỗ nào trong nhà an toàn hơn: có lối ra, không có dao kéo.
plan-incident-i-phone = Tôi để điện thoại ở chỗ dễ lấy và sạc pin sẵn.
plan-incident-i-codeword = Tôi đã hẹn một từ ám hiệu với người tin cậy, để họ biết cần gọi giúp.
plan-incident-i-neighbour = Có một người hàng xóm sẽ gọi giúp nếu nghe thấy ồn ào.
plan-incident-i-numbers = Tôi nhớ số 113 (công an) và 115 (cấp cứu).
plan-incident-i-medical = Nếu bị đánh hay bị bóp cổ, tôi sẽ đi khám, kể cả khi không thấy vết thương.
plan-incident-f-saferoom = Chỗ an toàn hơn trong nhà, và lối ra
plan-incident-f-saferoom-hint = Ví dụ: phòng khách, gần cửa chính. Tránh bếp và nhà tắm.
plan-incident-f-goto = Nơi tôi có thể chạy đến
plan-incident-f-goto-hint = Nhà ai, cửa hàng nào, chỗ nào có người cả đêm.

## Preparing to leave
plan-leave-title = Nếu bạn muốn rời đi
plan-leave-guide =
    Có rời đi hay không, và lúc nào, là do bạn quyết định. Khoảng thời gian ngay trước và sau khi rời đi có thể nguy hiểm hơn, nên chuẩn bị kín đáo sẽ giúp bạn an toàn hơn. Đừng kể kế hoạch với người có thể nói lại với người kia.
plan-leave-i-money = Tôi để dành một ít tiền riêng, ở chỗ người kia không biết.
plan-leave-i-copies = Tôi đã chụp hoặc photo giấy tờ quan trọng và gửi bản sao cho người tin cậy.
plan-leave-i-bag = Túi đồ cần thiết đã được gửi ở nhà người tin cậy.
plan-leave-i-place = Tôi biết mình có thể ở đâu trong những ngày đầu.
plan-leave-i-timing = Tôi đã nghĩ lúc nào rời đi là an toàn nhất, ví dụ khi người kia đi vắng.
plan-leave-i-secret = Tôi chỉ kể kế hoạch với người tôi thật sự tin.
plan-leave-i-shelter = Tôi biết có thể hỏi Ủy ban nhân dân xã, phường hoặc Hội Phụ nữ về nơi tạm lánh.
plan-leave-f-stay = Nơi tôi có thể ở
plan-leave-f-stay-hint = Nhà người thân, bạn bè, nơi tạm lánh…
plan-leave-f-route = Tôi sẽ đi bằng cách nào
plan-leave-f-route-hint = Ai chở, xe gì, đi đến đâu trước.
plan-leave-f-money = Tiền và giấy tờ đang để ở đâu
plan-leave-f-money-hint = Chỉ ghi những gì bạn thấy an toàn khi ghi ra.

## The go-bag, for Vietnam
plan-gobag-title = Túi đồ cần mang theo
plan-gobag-guide =
    Một túi nhỏ chuẩn bị sẵn giúp bạn đi nhanh khi cần. Nếu để trong nhà không an toàn, hãy gửi ở nhà người tin cậy, hoặc chỉ gửi bản chụp giấy tờ. Không cần đủ hết: mang được gì thì mang.
plan-gobag-i-cccd = Thẻ căn cước / Căn cước công dân (CCCD)
plan-gobag-i-birth = Giấy khai sinh
plan-gobag-i-marriage = Giấy chứng nhận đăng ký kết hôn
plan-gobag-i-residence = Giấy tờ về cư trú
plan-gobag-i-insurance = Thẻ bảo hiểm y tế
plan-gobag-i-money = Tiền mặt và thẻ ngân hàng
plan-gobag-i-keys = Chìa khóa nhà, chìa khóa xe
plan-gobag-i-medicine = Thuốc đang dùng, của mình và của con
plan-gobag-i-phone = Điện thoại và đồ sạc
plan-gobag-i-numbers = Danh sách số điện thoại quan trọng, viết trên giấy
plan-gobag-i-kids-papers = Giấy tờ của con: khai sinh, sổ tiêm chủng, giấy tờ đi học
plan-gobag-i-toy = Một món đồ chơi con thích
plan-gobag-i-protection = Bản sao quyết định cấm tiếp xúc hoặc giấy tờ bảo vệ khác, nếu có
plan-gobag-i-clothes = Vài bộ quần áo
plan-gobag-f-where = Túi đồ để ở đâu
plan-gobag-f-where-hint = Ví dụ: gửi nhà chị gái, hoặc nhà một người bạn.
plan-gobag-f-other = Những thứ khác tôi cần mang

## After leaving
plan-after-title = Sau khi rời đi
plan-after-guide = Sau khi rời đi vẫn có thể còn nguy hiểm, nhất là những tuần đầu. Đổi thói quen hằng ngày và ghi lại mọi chuyện xảy ra sẽ giúp bạn an toàn hơn, và giúp bạn nhớ rõ khi cần kể lại. Bạn có thể đề nghị Chủ tịch Ủy ban nhân dân xã, phường ra quyết định cấm người kia tiếp xúc với bạn (tối đa 3 ngày mỗi lần).
plan-after-i-locks = Tôi đã thay khóa hoặc thêm chốt cửa.
plan-after-i-routine = Tôi đổi giờ giấc và đường đi quen thuộc: đi chợ, đi làm, đưa đón con.
plan-after-i-tell = Tôi đã dặn những người cần biết (hàng xóm, chỗ làm, trường của con) báo cho tôi khi thấy người kia.
plan-after-i-diary = Tôi ghi lại mỗi lần bị đe dọa, theo dõi hay làm hại: ngày, giờ, chuyện gì xảy ra.
plan-after-i-evidence = Tôi cất tin nhắn, ảnh vết thương, giấy khám bệnh ở nơi an toàn, hoặc gửi người tin cậy.
plan-after-i-order = Tôi biết có thể đề nghị quyết định cấm tiếp xúc, và sẽ giữ bản sao bên mình.
plan-after-i-accounts = Tôi đã đổi mật khẩu điện thoại, Zalo, Facebook và tài khoản ngân hàng.
plan-after-f-diary = Ghi lại những lần xảy ra chuyện
plan-after-f-diary-hint = Ngày, giờ, ở đâu, chuyện gì, ai nhìn thấy.
plan-after-f-alert = Những người sẽ báo cho tôi khi thấy người kia
plan-after-f-alert-hint = Tên và cách liên lạc.

## Children
plan-children-title = Con của tôi
plan-children-guide =
    Trẻ nhìn thấy hay nghe thấy bạo lực cũng bị tổn thương, kể cả khi không bị đánh. Dạy con vài việc đơn giản có thể giúp con an toàn hơn. Hãy nói với con rằng chuyện này không phải lỗi của con. Số 111 là tổng đài bảo vệ trẻ em, miễn phí, cả ngày lẫn đêm.
plan-children-i-hide = Con biết chỗ nào an toàn để tránh khi có chuyện.
plan-children-i-call = Con biết cách gọi 113 và nói được địa chỉ nhà mình.
plan-children-i-neighbour = Con biết có thể chạy sang nhà ai.
plan-children-i-stay-out = Tôi đã dặn con đừng xen vào can ngăn.
plan-children-i-codeword = Con biết từ ám hiệu nghĩa là phải ra ngoài hoặc đi gọi người giúp.
plan-children-i-school = Tôi đã báo nhà trường ai được phép đón con.
plan-children-i-hotline = Tôi biết 111 là tổng đài bảo vệ trẻ em, gọi miễn phí.
plan-children-f-plan = Con sẽ làm gì khi có chuyện
plan-children-f-plan-hint = Chạy sang nhà ai, tránh ở đâu, gọi cho ai.
plan-children-f-pickup = Người được đón con
plan-children-f-pickup-hint = Tên những người nhà trường có thể giao con.

## Pregnancy
plan-pregnancy-title = Khi đang mang thai
plan-pregnancy-guide =
    Bị làm hại khi đang mang thai là dấu hiệu nguy hiểm, cho cả bạn và em bé. Những lần khám thai là dịp để kể riêng với bác sĩ hay nữ hộ sinh. Nếu bị đánh vào bụng, bị ngã hay ra máu, hãy đi khám ngay.
plan-pregnancy-i-checkups = Tôi đi khám thai đều và có thể kể với bác sĩ hoặc nữ hộ sinh.
plan-pregnancy-i-clinic = Tôi biết bệnh viện hoặc trạm y tế gần nhất, và cách đến đó.
plan-pregnancy-i-ride = Có người sẵn sàng chở tôi đi sinh hoặc đi cấp cứu.
plan-pregnancy-i-papers = Sổ khám thai và thẻ bảo hiểm y tế đã ở trong túi đồ.
plan-pregnancy-i-protect = Nếu bị tấn công, tôi sẽ cố che bụng và tìm đường ra ngoài.
plan-pregnancy-i-ambulance = Tôi nhớ số 115 (cấp cứu).
plan-pregnancy-f-birth = Nơi sinh và người đi cùng
plan-pregnancy-f-birth-hint = Bệnh viện nào, ai chở, ai ở cùng.
plan-pregnancy-f-doctor = Điều tôi muốn nói với bác sĩ

## At school or work
plan-school-title = Ở trường, ở chỗ làm
plan-school-guide = Người kia có thể tìm đến nơi bạn học hay làm việc. Bạn có thể kể với một người đáng tin ở đó, như thầy cô, bạn học, đồng nghiệp hay người quản lý, để họ để ý giúp. Nếu bạn là học sinh, bạn có thể báo với nhà trường.
plan-school-i-trusted = Có một người ở trường hoặc chỗ làm biết chuyện và sẵn lòng giúp.
plan-school-i-gate = Người trực cổng hoặc bảo vệ biết không để người kia vào tìm tôi.
plan-school-i-route = Tôi đổi đường đi, giờ về, hoặc đi cùng người khác.
plan-school-i-calls = Có người nghe máy hoặc trả lời giúp khi người kia gọi đến.
plan-school-i-teacher = Tôi biết có thể báo với thầy cô chủ nhiệm hoặc nhà trường.
plan-school-i-online = Lịch học, lịch làm của tôi không đăng công khai trên mạng.
plan-school-f-person = Người tôi có thể nhờ ở trường hoặc chỗ làm
plan-school-f-route = Đường đi an toàn hơn
plan-school-f-route-hint = Đi đường nào, với ai, vào giờ nào.

## Phone and online safety
plan-phone-title = Điện thoại và mạng
plan-phone-guide =
    Điện thoại có thể bị người khác xem hoặc theo dõi. Nếu nghĩ máy mình bị kiểm tra, hãy mượn máy của người tin cậy khi tìm giúp đỡ. Xóa sạch lịch sử một cách đột ngột có thể khiến người kia nghi ngờ hơn; đôi khi chỉ xóa vài mục thì an toàn hơn. Trước khi đổi mật khẩu hay tắt chia sẻ, hãy nghĩ xem người kia có nhận ra không.
plan-phone-i-location = Tôi đã xem chia sẻ vị trí trên điện thoại và trong các ứng dụng, và tắt chỗ tôi không muốn.
plan-phone-i-passwords = Tôi dùng mật khẩu và mã mở máy mà người kia không đoán được.
plan-phone-i-shared = Tôi biết tài khoản nào đang dùng chung, và máy nào đang đăng nhập (Google, iCloud, Zalo trên máy tính).
plan-phone-i-spyware = Tôi để ý dấu hiệu bị theo dõi: người kia biết những điều chỉ có trong điện thoại, pin hao nhanh bất thường, có ứng dụng lạ.
plan-phone-i-history = Tôi biết xóa sạch lịch sử đột ngột có thể gây nghi ngờ, nên chỉ xóa những gì cần.
plan-phone-i-safer = Tôi có thể mượn một điện thoại an toàn hơn khi cần gọi giúp.
plan-phone-i-evidence = Tôi cất bằng chứng (ảnh, tin nhắn) ở nơi người kia không mở được.
plan-phone-f-accounts = Tài khoản cần kiểm tra
plan-phone-f-accounts-hint = Zalo, Facebook, email, ngân hàng…
plan-phone-f-safephone = Điện thoại an toàn tôi có thể dùng
plan-phone-f-safephone-hint = Máy của ai, ở đâu.

## Looking after yourself
plan-self-title = Chăm sóc bản thân
plan-self-guide =
    Những gì bạn đang trải qua rất nặng nề, và bạn không có lỗi. Thấy sợ, mệt, buồn hay trống rỗng là chuyện bình thường. Mỗi việc nhỏ giúp bạn vững hơn đều đáng kể.
plan-self-i-talk = Có người tôi có thể nói chuyện thật lòng.
plan-self-i-rest = Tôi cố ăn, ngủ và nghỉ ngơi khi có thể.
plan-self-i-health = Tôi đi khám khi bị thương hoặc thấy trong người không ổn.
plan-self-i-counsel = Tôi biết có nơi tư vấn để gọi khi cần người lắng nghe.
plan-self-i-comfort = Tôi có vài việc nhỏ giúp mình dễ chịu hơn: đi bộ, đi chùa, tụng kinh hay cầu nguyện, nghe nhạc…
plan-self-i-crisis = Nếu có lúc muốn làm hại bản thân, tôi sẽ gọi ngay cho người tin cậy hoặc 115.
plan-self-f-helps = Những điều giúp tôi thấy khá hơn
plan-self-f-reminder = Điều tôi muốn nhắc mình
plan-self-f-reminder-hint = Ví dụ: Đây không phải lỗi của tôi.

## My people and places
plan-people-title = Người và nơi tôi tin
plan-people-guide =
    Hãy ghi lại những người và nơi bạn có thể tìm đến. Nếu điện thoại bị mất hay bị lấy, một tờ giấy ghi số điện thoại cất kỹ sẽ rất có ích. Bạn có thể hẹn với người tin cậy một từ ám hiệu: nghe từ đó, họ sẽ gọi giúp bạn.
plan-people-i-trusted = Có ít nhất một người tin cậy biết chuyện của tôi.
plan-people-i-codeword = Người đó biết từ ám hiệu và biết phải làm gì khi nghe thấy.
plan-people-i-paper = Tôi có danh sách số điện thoại viết trên giấy, cất ở chỗ an toàn.
plan-people-i-place = Tôi biết một nơi an toàn có thể đến bất cứ lúc nào.
plan-people-i-report = Tôi biết có thể báo với Ủy ban nhân dân xã, phường, công an, trưởng ấp, trưởng khóm (khu phố), hay Hội Phụ nữ.
plan-people-f-people = Người tôi tin
plan-people-f-people-hint = Tên và số điện thoại. Chỉ ghi những gì bạn thấy an toàn khi ghi ra.
plan-people-f-places = Nơi an toàn tôi có thể đến
plan-people-f-codeword = Từ ám hiệu
plan-people-f-codeword-hint = Một từ bình thường mà người tin cậy hiểu là bạn cần giúp.
plan-people-f-numbers = Những số cần gọi khi cần giúp
plan-people-f-numbers-hint = Ví dụ: 113 công an, 115 cấp cứu, 111 bảo vệ trẻ em.

## Keeping the plan on this device (opt-in)
plan-keep-title = Lưu trên máy này
plan-keep-explain = Nếu muốn, bạn có thể lưu kế hoạch trên điện thoại này để lần sau mở lại. Bạn đặt một mật khẩu riêng; kế hoạch được mã hóa ngay trên máy, không gửi đi đâu cả.
plan-keep-tradeoff = Cần biết: người cầm máy có thể thấy trang này đã lưu một thứ gì đó, nhưng không đọc được nội dung.
plan-keep-forget = Nếu quên mật khẩu, không ai mở lại được kế hoạch, kể cả chúng tôi.
plan-passphrase-label = Mật khẩu cho kế hoạch
plan-passphrase-hint = Ba bốn từ không liên quan với nhau là tốt nhất. Đừng dùng tên, ngày tháng hay con số mà người kia biết. Dấu, chữ Khmer hay biểu tượng cảm xúc đều dùng được.
plan-passphrase-repeat = Nhập lại mật khẩu
plan-passphrase-mismatch = Hai lần nhập chưa giống nhau. Bạn thử nhập lại nhé.
plan-passphrase-short = Mật khẩu này hơi ngắn, người khác có thể đoán ra. Bạn có thể thêm vài từ nữa, hoặc vẫn dùng mật khẩu này nếu bạn muốn.
plan-passphrase-khmer = Nếu mật khẩu có chữ Khmer, lần sau hãy gõ bằng đúng bàn phím bạn đã dùng lúc đặt.
plan-passphrase-save-offer = Nếu trình duyệt hỏi có lưu mật khẩu này không, hãy đóng câu hỏi bằng dấu ✕. Đừng bấm “Lưu”, cũng đừng bấm “Không bao giờ”: cả hai đều để lại dấu vết trên máy.
plan-passphrase-show = Hiện chữ khi gõ
plan-passphrase-reader = Trình đọc màn hình có thể đọc to từng chữ bạn gõ vào ô này. Nếu có người ở gần, bạn hãy dùng tai nghe.
plan-keep-button = Khóa bằng mật khẩu và lưu trên máy này
plan-keep-working = Đang mã hóa, xin chờ một chút…
plan-kept = Đã lưu trên máy này, đã mã hóa.
plan-too-large = Kế hoạch quá dài để lưu trên máy. Bạn có thể rút ngắn vài ghi chú rồi thử lại; những gì đang ghi vẫn còn nguyên.
plan-open-offer = Trên máy này có một kế hoạch đã lưu. Nhập mật khẩu để mở.
plan-open-button = Mở kế hoạch
plan-open-working = Đang mở, xin chờ một chút…
plan-wrong-passphrase = Mật khẩu chưa đúng. Không có gì bị mất, bạn có thể thử lại.
plan-blob-corrupt = Kế hoạch đã lưu trên máy này bị hỏng nên không mở được. Những gì bạn đang ghi trong trang vẫn còn nguyên.
plan-blob-other-version = Kế hoạch đã lưu được tạo bởi một phiên bản khác của trang này nên không mở được ở đây. Những gì bạn đang ghi trong trang vẫn còn nguyên.
plan-blob-delete-offer = Bạn có muốn xóa nó khỏi máy này không?
plan-storage-unavailable = Máy này hiện không cho trang lưu gì (có thể do chế độ ẩn danh, hoặc trang đang nằm trong một trang khác). Bạn vẫn ghi kế hoạch bình thường; nó chỉ không được lưu lại khi đóng trang.
plan-delete-button = Xóa khỏi máy này
plan-delete-confirm = Xóa kế hoạch đã lưu khỏi máy này? Nếu bạn đã lưu nhật ký, nhật ký cũng bị xóa. Sau khi xóa sẽ không lấy lại được.
plan-delete-yes = Xóa
plan-delete-no = Không xóa
plan-deleted = Đã xóa khỏi máy này. Không còn gì được lưu lại.

## Printing
plan-print-button = In hoặc lưu thành PDF
plan-print-heading = Kế hoạch của tôi
plan-print-empty = Bạn chưa ghi gì. Khi in, chỉ những gì bạn đã đánh dấu và ghi lại mới hiện ra.
plan-paper-title = Giữ gì trên giấy
plan-paper-note = Một tờ giấy nhỏ ghi số điện thoại của người tin cậy và nơi an toàn, cất ở chỗ chỉ bạn biết, sẽ giúp bạn khi không có điện thoại. Nếu giữ bản in, hãy cất nơi người kia không tìm thấy, hoặc gửi người tin cậy.

## Added with the plan view
plan-find-help = Tìm nơi có thể giúp bạn việc này
plan-passphrase-empty = Bạn hãy nhập một mật khẩu trước nhé.
plan-save-button = Lưu các thay đổi
plan-saved = Đã lưu các thay đổi trên máy này, đã mã hóa.
plan-unsaved = Có thay đổi chưa được lưu. Bấm “Lưu các thay đổi” nếu bạn muốn lưu chúng.
plan-opened = Kế hoạch đã được mở. Những gì bạn đã lưu hiện ra bên dưới.
plan-open-replaces = Khi mở, kế hoạch đã lưu sẽ thay cho những gì đang ghi trong trang này.
plan-storage-refused = Máy này không cho lưu lúc này (có thể bộ nhớ đã đầy). Những gì bạn đang ghi vẫn còn nguyên trong trang.
plan-crypto-unavailable = Trình duyệt này không mã hóa được, nên không thể lưu kế hoạch an toàn trên máy. Bạn vẫn ghi kế hoạch bình thường trong trang này.
plan-clear-yes = Xóa hết
plan-clear-no = Không xóa

# A link to a page whose own words arrive only with it (phone.ftl, audiences.ftl).
phone-link-plan = Kiểm tra từng bước: Điện thoại của tôi có an toàn không?
