# Ba trang cho những nhóm mà kế hoạch 253/KH-UBND của tỉnh nêu tên: người muốn thay đổi
# cách cư xử (change), người trẻ (young), trưởng ấp, địa chỉ tin cậy, Hội Phụ nữ, Mặt trận
# (community). Nguồn: shared/research/legal-no-contact.md, domain.md,
# reviews/peer-features-2.md mục 3. Không có số điện thoại nào ngoài data/directory.csv.
# Trang “change” không bao giờ khuyên người bị bạo lực tha thứ, ở lại hay hòa giải
# (tests/audiences.rs kiểm tra các từ đó).

# Liên kết từ trang khác.

## Muốn thay đổi (v=14)

change-title = Khi bạn muốn thay đổi cách đối xử với người nhà
change-intro = Có thể bạn mở trang này vì lo về cách mình đối xử với vợ, chồng, người yêu hay người trong nhà. Nhìn thẳng vào điều đó đã là một bước quan trọng. Trang này nói thẳng, không phán xét: bạo lực là một lựa chọn, và bạn có thể chọn khác.

change-signs-title = Bạo lực và kiểm soát trông như thế nào
change-signs-hint = Bạo lực không chỉ là đánh. Hãy tự hỏi mình đã từng làm những việc này chưa:
change-sign-phone = Đòi xem điện thoại, đọc tin nhắn, bắt nói mật khẩu, lúc nào cũng phải biết người ấy đang ở đâu.
change-sign-money = Giữ hết tiền, bắt xin từng đồng, lấy tiền người ấy làm ra.
change-sign-friends = Cấm gặp bạn bè, gia đình của người ấy, hay không cho ra khỏi nhà.
change-sign-words = Chửi mắng, sỉ nhục, chê bai người ấy trước mặt người khác.
change-sign-threats = Dọa đánh, dọa bắt con, đập phá đồ đạc cho người ấy sợ.
change-sign-hit = Đánh, tát, xô đẩy, bóp cổ.
change-sign-sex = Ép quan hệ tình dục khi người ấy không muốn, kể cả là vợ chồng.
change-signs-law = Luật Phòng, chống bạo lực gia đình năm 2022 kể nhiều việc trong số này là bạo lực gia đình, không chỉ việc đánh người (Điều 3).

change-excuses-title = Những lý do hay nói, và vì sao không đứng vững
change-excuse-drink = “Tại tôi say.”
change-excuse-drink-why = Rượu bia làm người ta dễ nóng hơn, nhưng không bắt ai phải đánh người. Nếu rượu làm bạn nguy hiểm, bớt hoặc bỏ rượu là việc của bạn.
change-excuse-stress = “Tại tôi áp lực, lo tiền bạc.”
change-excuse-stress-why = Căng thẳng là thật. Nhưng trút nó lên người nhà là điều bạn chọn.
change-excuse-provoked = “Tại cô ấy chọc tức tôi.”
change-excuse-provoked-why = Bạn vẫn giữ được bình tĩnh trước cấp trên, trước khách hàng, hay khi có công an. Vậy là bạn kiềm chế được. Không ai đáng bị đánh.
change-excuse-normal = “Nhà nào mà chẳng vậy.”
change-excuse-normal-why = Không phải nhà nào cũng vậy. Và dù nhiều nhà như vậy, người bị đánh vẫn đau, vẫn sợ.
change-excuse-love = “Tôi làm vậy vì thương, vì ghen.”
change-excuse-love-why = Thương không đi cùng với kiểm soát hay làm người ta sợ. Ghen là cảm xúc của bạn, và cách xử lý nó là việc của bạn.

change-cool-title = Khi cơn giận nổi lên
change-cool-hint = Nghĩ sẵn từ bây giờ, lúc bạn đang bình tĩnh:
change-cool-notice = Nhận ra dấu hiệu sớm của mình: nóng mặt, tim đập nhanh, nắm chặt tay, nói to dần.
change-cool-leave = Ra khỏi phòng, ra khỏi nhà trước khi nói hay làm gì. Chỉ cần một câu: “Mình ra ngoài một lát cho bình tĩnh.”
change-cool-breathe = Đi bộ. Hít vào chậm, thở ra chậm hơn. Đừng uống rượu bia lúc này.
change-cool-where = Chọn sẵn một nơi để đi: nhà một người bạn, quán nước, bờ sông, sân chùa.
change-cool-who = Chọn sẵn một người để gọi: người biết nghe, nhưng không bênh bạo lực.
change-cool-back = Chỉ về nhà khi đã thật sự bình tĩnh. Còn giận thì đi lâu hơn.
change-cool-113 = Nếu bạn sợ mình sắp làm ai bị thương, hãy đi ra xa ngay. Nếu có người đang gặp nguy hiểm, gọi 113.

change-partner-title = Đừng giao việc thay đổi cho người bị bạn làm tổn thương
change-partner-why = Người ấy không có trách nhiệm giúp bạn thay đổi. Việc đó là của bạn.
change-partner-explain = Đừng bắt người ấy nghe bạn giải thích, hứa hẹn hay xin lỗi hết lần này đến lần khác.
change-partner-trust = Đừng đòi người ấy phải tin ngay là bạn đã khác. Tin lại hay không, và khi nào, là do người ấy quyết định.
change-partner-others = Đừng nhờ họ hàng, bạn bè nói giúp với người ấy. Làm vậy là thêm áp lực cho người ấy.
change-partner-space = Tôn trọng khi người ấy cần khoảng cách, muốn đi, hay nhờ chính quyền can thiệp.
change-partner-outside = Hãy tìm một người ngoài để nói chuyện, người nhắc bạn giữ lời (xem phần cuối trang).

change-law-title = Luật nói gì
change-law-measures = Khi có bạo lực gia đình, chính quyền có thể áp dụng các biện pháp như buộc chấm dứt hành vi bạo lực, yêu cầu đến trụ sở công an xã, cấm tiếp xúc, góp ý, phê bình trong cộng đồng dân cư, và giáo dục, hỗ trợ chuyển đổi hành vi (Luật Phòng, chống bạo lực gia đình năm 2022, Điều 22).
change-law-no-contact = Chủ tịch Ủy ban nhân dân (UBND) xã, phường có thể quyết định cấm tiếp xúc: người gây bạo lực không được đến gần người bị bạo lực, mỗi lần tối đa 3 ngày (Điều 25). Vi phạm có thể bị tạm giữ người theo thủ tục hành chính (Nghị định 76/2023, Điều 19).
change-law-support = Giáo dục, hỗ trợ chuyển đổi hành vi là giúp người gây bạo lực có kiến thức, kỹ năng để kiềm chế cảm xúc tiêu cực, kiểm soát hành vi và giải quyết mâu thuẫn, để không gây bạo lực nữa (Điều 2, khoản 4). Chủ tịch UBND xã, phường quyết định biện pháp này.

change-talk-title = Tìm người để nói chuyện
change-talk-none = Chúng tôi chưa tìm thấy đường dây điện thoại nào ở Việt Nam dành riêng cho người muốn thay đổi mà chắc chắn còn hoạt động, nên không đưa số nào ở đây.
change-talk-commune = Bạn có thể đến UBND xã, phường hoặc gặp trưởng ấp, nói rằng bạn muốn thay đổi và hỏi về giáo dục, hỗ trợ chuyển đổi hành vi.
change-talk-clubs = Ở một số nơi có câu lạc bộ nam giới cùng phòng, chống bạo lực gia đình. Hỏi Hội Phụ nữ hay UBND xã, phường xem nơi bạn ở có không.
change-talk-health = Nếu bạn uống rượu nhiều, mất ngủ hay buồn chán kéo dài, hãy đến trạm y tế xã để được khám và tư vấn.
change-talk-friend = Kể thật với một người bạn tin về điều mình đã làm. Không phải để được bênh, mà để có người nhắc bạn giữ lời.
change-end = Thay đổi cần thời gian, và có lúc bạn sẽ vấp. Mỗi lần bạn chọn dừng lại là một lần người nhà bạn được an toàn hơn.

## Người trẻ (v=15)

young-title = Yêu là tôn trọng
young-intro = Trang này dành cho các bạn trẻ, nam cũng như nữ. Yêu ai đó không có nghĩa là được kiểm soát người ấy.

young-healthy-title = Một mối quan hệ lành mạnh
young-healthy-respect = Hai người tôn trọng nhau, kể cả khi không đồng ý.
young-healthy-own = Mỗi người vẫn có bạn bè, gia đình, việc học của mình.
young-healthy-no = Có thể nói “không” mà không sợ.
young-healthy-argue = Cãi nhau thì nói chuyện. Không chửi, không đánh, không dọa.
young-healthy-jealous = Ghen một chút là chuyện thường. Theo dõi, cấm đoán thì không phải.

young-phone-title = Kiểm soát qua điện thoại
young-phone-hint = Đây là dấu hiệu kiểm soát, không phải tình yêu:
young-phone-password = Đòi mật khẩu, đòi đọc tin nhắn, Zalo, Facebook.
young-phone-location = Bắt bật định vị, hỏi đang ở đâu liên tục, nhắn dồn dập nếu không trả lời ngay.
young-phone-block = Bắt chặn hay hủy kết bạn với người khác.
young-phone-images = Đòi gửi ảnh nhạy cảm, hoặc dọa tung ảnh lên mạng.
young-phone-share = Gửi ảnh riêng tư của ai đó khi người ấy chưa đồng ý là làm hại người ấy rất nặng. Đừng gửi tiếp.

young-consent-title = Đồng ý là gì
young-consent-yes = Đồng ý là tự nguyện nói “có”. Không bị ép, không bị dọa.
young-consent-silence = Im lặng không phải là đồng ý. Người đang say, đang ngủ hay đang sợ thì không thể đồng ý.
young-consent-change = Đồng ý lần này không có nghĩa là đồng ý lần sau. Ai cũng có thể đổi ý.
young-consent-couple = Đang yêu hay đã cưới vẫn phải hỏi, và tôn trọng câu trả lời.
young-consent-stop = Không chắc người ấy muốn thì dừng lại và hỏi.

young-boys-title = Với các bạn nam
young-boys-strong = Mạnh mẽ không phải là bắt người khác nghe lời mình.
young-boys-feel = Buồn, giận là chuyện thường. Đánh, dọa, ép buộc là một lựa chọn, và là sai.
young-boys-laugh = Khi bạn bè khoe chuyện kiểm soát người yêu, bạn có thể không cười theo.
young-boys-help = Nếu thấy mình hay nổi nóng với người yêu, hãy nói với một người lớn bạn tin.
young-go-change = Trang cho người muốn thay đổi cách cư xử

young-friend-title = Khi bạn mình gặp chuyện
young-friend-private = Nói riêng với bạn ấy: “Mình thấy lo cho bạn.”
young-friend-believe = Tin bạn ấy. Đừng trách bạn ấy.
young-friend-rumours = Đừng chia sẻ ảnh hay chuyện của bạn ấy cho người khác.
young-friend-speak = Nếu một người bạn đang kiểm soát người yêu, hãy nói với bạn ấy là không ổn, khi bạn thấy an toàn để nói.
young-friend-danger = Đừng tự đối đầu một mình khi có nguy hiểm. Gọi người lớn, hoặc gọi 113.

young-help-title = Tìm giúp đỡ ở đâu
young-help-111 = Dưới 16 tuổi: gọi 111, tổng đài bảo vệ trẻ em.
young-help-113 = Có ai đang gặp nguy hiểm ngay: gọi 113.
young-help-older = Từ 16 tuổi trở lên: xem các đường dây và nơi hỗ trợ trong phần Tìm hỗ trợ.
young-help-teacher = Bạn cũng có thể nói với một thầy cô hay người lớn mà bạn tin.
young-go-help = Tìm hỗ trợ

## Trưởng ấp, địa chỉ tin cậy, đoàn thể (v=16)

community-title = Cho trưởng ấp, địa chỉ tin cậy và các đoàn thể
community-intro = Trưởng ấp, trưởng khóm, người giữ địa chỉ tin cậy, cán bộ Hội Phụ nữ và Mặt trận thường là người nghe chuyện đầu tiên. Cách bạn đón nhận trong giờ đầu có thể giữ an toàn cho một người.

community-first-title = Giờ đầu tiên
community-first-safe = An toàn trước đã. Đưa người ấy vào chỗ kín đáo, tránh xa người gây bạo lực.
community-first-113 = Nếu có người đang gặp nguy hiểm, hoặc người gây bạo lực đang tìm đến, gọi 113.
community-first-health = Nếu bị thương, đưa người ấy đến trạm y tế xã, hoặc gọi 115.
community-first-place = Nếu người ấy không thể về nhà an toàn, tìm nơi tạm lánh: địa chỉ tin cậy, nhà người thân mà người gây bạo lực không biết, hoặc hỏi UBND xã, phường.
community-first-child = Có trẻ em thì lo cho các cháu cùng lúc. Trẻ bị hại hay bị đe dọa: gọi 111.

community-listen-title = Lắng nghe, không trách
community-say-safe = “Ở đây an toàn. Cứ từ từ kể.”
community-say-deserve = “Không ai đáng bị đối xử như vậy.”
community-say-first = “Bây giờ cần giúp gì trước?”
community-avoid-cause = “Chắc tại làm gì đó nên ổng mới giận.”
community-avoid-cause-why = Câu này đổ lỗi cho người bị bạo lực. Bạo lực là do người gây bạo lực chọn.
community-avoid-endure = “Thôi ráng nhịn cho êm nhà.”
community-avoid-endure-why = Nhịn không làm bạo lực dừng lại. Nghe câu này, người ấy có thể không dám tìm đến bạn nữa.
community-avoid-call = “Để tôi gọi ổng lên nói chuyện.”
community-avoid-call-why = Gọi người gây bạo lực đến khi chưa hỏi ý người bị bạo lực có thể làm người ấy gặp nguy hiểm hơn khi về nhà.
community-listen-decide = Muốn làm gì tiếp là do người ấy quyết định. Bạn nói cho người ấy biết có những lựa chọn nào.

community-private-title = Giữ kín
community-private-tell = Không kể lại cho gia đình hai bên, hàng xóm, hay trong nhóm Zalo.
community-private-family = Không cho người gây bạo lực hay gia đình biết người ấy đã đến đây, đã nói gì.
community-private-ask = Hỏi người ấy trước khi báo cho ai, trừ khi có người đang nguy hiểm đến tính mạng hay trẻ em bị hại.
community-private-photo = Không chụp ảnh, không ghi âm khi người ấy chưa đồng ý.

community-mediation-title = Khi hòa giải là không an toàn
community-mediation-intro = Nhiều nơi quen khuyên hòa giải “cho êm ấm gia đình”. Khi có một trong những dấu hiệu dưới đây, hòa giải có thể đẩy người bị bạo lực vào nguy hiểm. Hãy lo an toàn trước, và đừng để người ấy phải ngồi cùng người gây bạo lực.
community-mediation-ask = Ngay cả khi không thấy dấu hiệu nào, đừng hòa giải nếu người bị bạo lực không tự muốn. Hỏi riêng người ấy trước.

community-law-title = Luật cho người bị bạo lực những gì
community-law-report = Báo tin (Điều 19): luật kể những nơi nhận tin báo về bạo lực gia đình, trong đó có UBND xã, phường, công an, đồn biên phòng, trưởng ấp, trưởng khóm, trưởng ban công tác Mặt trận, và người đứng đầu Hội Phụ nữ hay đoàn thể ở xã. Có thể gọi điện, nhắn tin, gửi đơn, thư hoặc đến báo trực tiếp.
community-law-no-contact = Cấm tiếp xúc (Điều 25): khi bạo lực làm hại hay đe dọa sức khỏe, tính mạng, người bị bạo lực có thể xin Chủ tịch UBND xã, phường nơi xảy ra bạo lực quyết định cấm người gây bạo lực đến gần, mỗi lần tối đa 3 ngày. Chủ tịch phải quyết định trong 12 giờ. Có thể xin trực tiếp hoặc gọi điện, không cần mẫu đơn. Tổ chức hay người khác chỉ được xin thay khi người bị bạo lực đồng ý.
community-law-copy = Quyết định được gửi cho cả người gây bạo lực và trưởng ấp, trưởng khóm nơi người bị bạo lực ở. Nếu bạn nhận được, đừng cho ai biết người ấy đang tạm lánh ở đâu.
community-law-more = Nơi tạm lánh, chăm sóc y tế, trợ giúp pháp lý và tư vấn cũng là những biện pháp luật quy định (Điều 22).

community-log-title = Ghi sổ mà không ghi tên
community-log-what = Chỉ ghi ngày, giờ và việc đã làm, ví dụ: “cho tạm lánh một đêm”, “đưa đi trạm y tế”, “đã gọi 113”.
community-log-no-names = Không ghi họ tên, địa chỉ, số điện thoại của ai. Nếu cần, dùng số lượt, ví dụ “Lượt 12”.
community-log-no-story = Không chép lại điều người ấy kể. Người ấy có thể tự ghi lại để giữ làm bằng chứng.
community-log-lock = Cất sổ nơi có khóa. Ai mở sổ ra cũng không biết được ai đã đến.

community-card-title = Thẻ in một trang A5
community-card-hint = In thẻ này để dán sau cửa hoặc kẹp vào sổ. Thẻ in bằng ngôn ngữ đang chọn ở trên cùng trang: chọn Khmer để in thẻ tiếng Khmer.
community-card-print = In thẻ
community-card-heading = Khi có người tìm đến vì bạo lực gia đình
community-card-first = Giờ đầu tiên
community-card-first-safe = Đưa vào chỗ kín, tránh xa người gây bạo lực.
community-card-first-113 = Có nguy hiểm: gọi 113.
community-card-first-health = Bị thương: trạm y tế xã, hoặc gọi 115.
community-card-first-child = Trẻ em bị hại: gọi 111 (miễn phí).
community-card-first-place = Không về nhà an toàn được: tìm nơi tạm lánh.
community-card-listen = Nghe, không trách
community-card-listen-text = Tin người ấy. Không hỏi “sao để vậy”. Người ấy tự quyết định. Không kể lại cho ai.
community-card-danger = Không hòa giải khi có
community-card-danger-text = bị bóp cổ; dọa giết; có dao, súng, hung khí; sợ bị giết; bạo lực ngày càng nặng; vừa rời đi hoặc muốn chia tay; đang mang thai; bị theo dõi; bị ép quan hệ; trẻ em bị hại.
community-card-log = Sổ ghi
community-card-log-text = Chỉ ngày, giờ, việc đã làm. Không tên, không địa chỉ, không số điện thoại.
community-card-law = Luật Phòng, chống bạo lực gia đình 2022
community-card-law-report = Báo tin (Điều 19): UBND xã, phường, công an, trưởng ấp, Mặt trận, Hội Phụ nữ.
community-card-law-no-contact = Cấm tiếp xúc (Điều 25): người bị bạo lực xin Chủ tịch UBND xã, phường; quyết định trong 12 giờ; mỗi lần tối đa 3 ngày.
