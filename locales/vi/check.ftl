## Tự kiểm tra riêng tư. Nguồn chữ gốc (tiếng Việt).
## "người đó" (chế độ "cho tôi") và "người gây bạo lực" (chế độ "cho người tôi quan tâm")
## là người gây hại: chồng, vợ, người yêu hoặc người trong gia đình. "người ấy" là người được quan tâm.

## Màn hình bắt đầu
check-start-title = Tự kiểm tra (chỉ mình bạn xem)
check-start-what = Đây là vài câu hỏi ngắn về những gì đang xảy ra. Đây không phải bài thi hay chẩn đoán, chỉ là thông tin để bạn hiểu rõ hơn và biết có thể tìm giúp đỡ ở đâu.
check-start-private = Câu trả lời không được lưu lại và không gửi đi đâu cả. Khi bạn rời trang này, chúng sẽ bị xóa.
check-start-skip = Bạn có thể bỏ qua bất kỳ câu nào, và dừng lại bất cứ lúc nào.
check-start-exit = Nút “Thoát nhanh” luôn ở trên màn hình. Nếu có ai đến gần, hãy bấm vào đó.
check-start-time = Mất khoảng 2 đến 3 phút.
check-start-begin = Bắt đầu

## Chọn chế độ
check-mode-title = Bạn đang tìm hiểu cho ai?
check-mode-me = Cho chính tôi
check-mode-other = Cho một người tôi quan tâm
check-mode-other-hint = Ví dụ: bạn bè, người thân, hàng xóm, học trò của bạn.

## Lời dẫn trước câu hỏi
check-intro-me = Các câu hỏi nói về “người đó”: người đang làm bạn tổn thương. Đó có thể là chồng, vợ, người yêu, hoặc một người trong gia đình.
check-intro-other = Các câu hỏi nói về “người ấy” (người bạn đang lo lắng) và “người gây bạo lực” với người ấy: có thể là chồng, vợ, người yêu, hoặc một người trong gia đình. Hãy trả lời theo những gì bạn biết. Chưa rõ thì chọn “Không chắc”.

## Câu hỏi (mỗi câu một màn hình)
check-q-safe-now-me = Ngay lúc này, bạn có đang an toàn không?
check-q-safe-now-other = Theo bạn biết, ngay lúc này người ấy có đang an toàn không?
check-q-insults-me = Người đó có hay chửi mắng, lăng mạ, làm bạn bẽ mặt, hoặc làm bạn sợ hãi không?
check-q-insults-other = Người gây bạo lực có hay chửi mắng, lăng mạ, làm người ấy bẽ mặt, hoặc làm người ấy sợ hãi không?
check-q-isolation-me = Người đó có ngăn bạn gặp gia đình, bạn bè, hoặc không cho bạn ra khỏi nhà không?
check-q-isolation-other = Người gây bạo lực có ngăn người ấy gặp gia đình, bạn bè, hoặc không cho người ấy ra khỏi nhà không?
check-q-phone-me = Người đó có bắt bạn đưa điện thoại để kiểm tra, đọc tin nhắn của bạn, hoặc lúc nào cũng đòi biết bạn đang ở đâu không?
check-q-phone-other = Người gây bạo lực có bắt người ấy đưa điện thoại để kiểm tra, đọc tin nhắn, hoặc lúc nào cũng đòi biết người ấy đang ở đâu không?
check-q-money-me = Người đó có giữ hết tiền, lấy tiền bạn làm ra, ép bạn làm việc quá sức, hoặc đập phá đồ đạc của bạn không?
check-q-money-other = Người gây bạo lực có giữ hết tiền, lấy tiền người ấy làm ra, ép người ấy làm việc quá sức, hoặc đập phá đồ đạc của người ấy không?
check-q-jealousy-me = Người đó có ghen tuông dữ dội, liên tục, hay nghi bạn ngoại tình đến mức bạn thấy sợ không?
check-q-jealousy-other = Người gây bạo lực có ghen tuông dữ dội, liên tục, hay nghi người ấy ngoại tình đến mức người ấy sợ không?
check-q-hit-me = Người đó có bao giờ đánh, tát, đá, xô đẩy, hoặc làm bạn đau không?
check-q-hit-other = Người gây bạo lực có bao giờ đánh, tát, đá, xô đẩy, hoặc làm người ấy đau không?
check-q-worse-me = Gần đây, những lần người đó làm bạn tổn thương có nặng hơn hoặc thường xuyên hơn trước không?
check-q-worse-other = Gần đây, người ấy có bị làm hại nặng hơn hoặc thường xuyên hơn trước không?
check-q-forced-sex-me = Người đó có bao giờ ép bạn quan hệ tình dục, hoặc ép bạn làm những việc tình dục mà bạn không muốn không? Kể cả khi người đó là chồng bạn.
check-q-forced-sex-other = Người gây bạo lực có bao giờ ép người ấy quan hệ tình dục, hoặc ép người ấy làm những việc tình dục mà người ấy không muốn không? Kể cả khi đó là chồng của người ấy.
check-q-pregnancy-me = Người đó có bao giờ đánh hoặc làm hại bạn khi bạn đang mang thai không?
check-q-pregnancy-other = Người gây bạo lực có bao giờ đánh hoặc làm hại người ấy khi người ấy đang mang thai không?
check-q-children-me = Người đó có làm hại hay đe dọa trẻ em trong nhà, hoặc để các cháu phải nhìn thấy hay nghe thấy cảnh bạo lực không?
check-q-children-other = Người gây bạo lực có làm hại hay đe dọa trẻ em trong nhà, hoặc để các cháu phải nhìn thấy hay nghe thấy cảnh bạo lực không?
check-q-separation-me = Gần đây bạn có rời xa người đó, hoặc đang tính chia tay, ly thân hay ly hôn không?
check-q-separation-other = Gần đây người ấy có rời xa người gây bạo lực, hoặc đang tính chia tay, ly thân hay ly hôn không?
check-q-stalking-me = Người đó có theo dõi, bám theo bạn, hay bất ngờ xuất hiện ở nơi bạn đến làm bạn sợ không?
check-q-stalking-other = Người gây bạo lực có theo dõi, bám theo người ấy, hay bất ngờ xuất hiện ở nơi người ấy đến làm người ấy sợ không?
check-q-suicide-threat-me = Người đó có từng dọa sẽ tự tử, ví dụ nếu bạn bỏ đi không?
check-q-suicide-threat-other = Người gây bạo lực có từng dọa sẽ tự tử, ví dụ nếu người ấy bỏ đi không?
check-q-weapon-me = Người đó có từng dùng, hoặc dọa dùng dao, súng, gậy hay vật gì khác để làm bạn đau hay làm bạn sợ không?
check-q-weapon-other = Người gây bạo lực có từng dùng, hoặc dọa dùng dao, súng, gậy hay vật gì khác để làm người ấy đau hay sợ không?
check-q-choke-me = Người đó có bao giờ bóp cổ, siết cổ, đè lên cổ, hoặc bịt miệng mũi làm bạn khó thở không, dù chỉ một lần?
check-q-choke-other = Người gây bạo lực có bao giờ bóp cổ, siết cổ, đè lên cổ, hoặc bịt miệng mũi làm người ấy khó thở không, dù chỉ một lần?
check-q-threat-kill-me = Người đó có bao giờ dọa giết bạn, con của bạn, hoặc người thân của bạn không?
check-q-threat-kill-other = Người gây bạo lực có bao giờ dọa giết người ấy, con của người ấy, hoặc người thân của người ấy không?
check-q-fear-killed-me = Bạn có nghĩ rằng người đó có thể giết bạn không?
check-q-fear-killed-other = Người ấy có từng nói sợ bị giết, hoặc chính bạn có nghĩ người gây bạo lực có thể giết người ấy không?

## Nút trả lời và điều hướng
check-answer-yes = Có
check-answer-no = Không
check-answer-not-sure = Không chắc
check-answer-skip = Bỏ qua câu này
check-progress = { $n } / { $total }
check-progress-label = Câu { $n }/{ $total }
check-back = Quay lại
check-stop = Dừng lại và xóa câu trả lời

## Kết quả: mở đầu
check-result-title-me = Điều bạn nên biết
check-result-title-other = Điều bạn nên biết để giúp người ấy
check-result-believe-me = Cảm ơn bạn đã dành thời gian nhìn lại chuyện này. Những gì bạn đang trải qua không phải lỗi của bạn. Không ai đáng bị đối xử như vậy.
check-result-believe-other = Cảm ơn bạn đã quan tâm. Những gì người ấy đang trải qua không phải lỗi của họ. Việc bạn tìm hiểu đã là một sự giúp đỡ.
check-result-none-me = Cảm ơn bạn đã dành thời gian cho những câu hỏi này.
check-result-none-other = Cảm ơn bạn đã dành thời gian cho những câu hỏi này, và đã quan tâm đến người ấy.
check-result-not-score = Đây không phải điểm số hay kết luận về ai cả. Chỉ là thông tin dựa trên những gì bạn đã chọn.
check-result-decide-me = Bạn là người hiểu rõ hoàn cảnh của mình nhất, và bạn là người quyết định điều gì phù hợp với mình.
check-result-decide-other = Người ấy hiểu rõ hoàn cảnh của mình nhất, và người ấy là người quyết định điều gì phù hợp với mình.
check-result-unsure = Có những câu bạn chưa chắc. Điều đó bình thường: nhiều người cần thời gian mới nhận ra điều mình đang trải qua là gì.
check-result-forget = Câu trả lời chỉ nằm trong trang này. Khi bạn rời đi hoặc bấm “Thoát nhanh”, chúng sẽ bị xóa.

## Kết quả: mức độ khẩn cấp (bằng lời, không có điểm)
check-urgency-emergency-title = Hãy lo cho an toàn ngay lúc này
check-urgency-emergency-me = Bạn cho biết bạn chưa an toàn, hoặc chưa chắc. Nếu đang gặp nguy hiểm, hãy gọi 113 ngay, hoặc đến chỗ có người khác. Những gì còn lại có thể đọc sau.
check-urgency-emergency-other = Bạn cho biết người ấy chưa an toàn, hoặc bạn chưa chắc. Nếu người ấy đang gặp nguy hiểm, hãy gọi 113 ngay. Đừng tự mình đối đầu với người gây bạo lực.
check-urgency-serious-title = Đây là những dấu hiệu nguy hiểm nghiêm trọng
check-urgency-serious-me = Một số điều bạn kể là những dấu hiệu cho thấy bạo lực có thể trở nên rất nguy hiểm, thậm chí nguy hiểm đến tính mạng. Bạn không phải đối mặt một mình. Khi gặp nguy hiểm, hãy gọi 113 trước tiên.
check-urgency-serious-other = Một số điều bạn kể là những dấu hiệu cho thấy người ấy có thể gặp nguy hiểm nghiêm trọng, thậm chí nguy hiểm đến tính mạng. Khi người ấy gặp nguy hiểm, hãy gọi 113 trước tiên.
check-urgency-signs-title = Có vài dấu hiệu cần cẩn thận
check-urgency-signs-me = Một số điều bạn kể cho thấy tình hình có thể trở nên nguy hiểm hơn. Bạn có thể nghĩ trước cách giữ an toàn, và gọi hoặc nói chuyện với người ở nơi hỗ trợ khi bạn muốn.
check-urgency-signs-other = Một số điều bạn kể cho thấy tình hình của người ấy có thể trở nên nguy hiểm hơn. Bạn có thể cùng người ấy nghĩ cách giữ an toàn, khi người ấy sẵn sàng.
check-urgency-concern-title = Những điều bạn kể đáng được quan tâm
check-urgency-concern-me = Dù không có vết thương nào, những điều này vẫn có thể là bạo lực. Bạn xứng đáng được an toàn và được tôn trọng.
check-urgency-concern-other = Dù không có vết thương nào, những điều này vẫn có thể là bạo lực. Người ấy xứng đáng được an toàn và được tôn trọng.
check-urgency-none-title = Về các câu trả lời của bạn
check-urgency-none-me = Bạn không trả lời “Có” ở câu nào. Điều đó không nói lên rằng mọi chuyện ổn hay không ổn: vài câu hỏi ngắn không thể nói hết mọi chuyện, và bạn có thể bỏ qua những gì chưa muốn kể. Nếu có điều gì làm bạn sợ hay bất an, bạn vẫn xứng đáng được lắng nghe: bạn có thể gọi các số bên dưới, xem các nơi hỗ trợ, hoặc quay lại đây bất cứ khi nào.
check-urgency-none-other = Bạn không trả lời “Có” ở câu nào. Điều đó không nói lên rằng người ấy an toàn hay không: vài câu hỏi ngắn không thể nói hết mọi chuyện, và có thể bạn chưa biết hết. Nếu bạn vẫn lo cho người ấy, cứ tiếp tục quan tâm, giữ liên lạc, và hỏi các nơi hỗ trợ bên dưới về cách giúp.

## Kết quả: lý do (vì sao chúng tôi nói vậy)
check-reasons-title = Vì sao chúng tôi nói vậy
check-reasons-unsure = Bạn chưa chắc về những điều dưới đây. Điều đó bình thường. Nếu chúng có thể đã xảy ra, hãy coi đó là lý do để cẩn thận hơn:
check-reason-choke = Bị bóp cổ hay siết cổ, dù chỉ một lần, là một trong những dấu hiệu nguy hiểm nhất đến tính mạng.
check-reason-weapon = Khi có dao, súng hay vật nguy hiểm trong cơn bạo lực, nguy cơ mất mạng tăng lên rất nhiều.
check-reason-threat-kill = Lời dọa giết cần được coi là thật. Đó là dấu hiệu nguy hiểm nghiêm trọng.
check-reason-fear-killed = Khi một người cảm thấy mình có thể bị giết, cảm giác đó cần được tin và coi trọng.
check-reason-worse = Bạo lực ngày càng nặng hơn hoặc thường xuyên hơn là dấu hiệu nguy hiểm đang tăng lên.
check-reason-separation = Lúc vừa rời đi hoặc đang định rời đi thường là lúc nguy hiểm nhất. Hãy chuẩn bị kỹ và kín đáo.
check-reason-jealousy = Ghen tuông dữ dội, liên tục và muốn kiểm soát là dấu hiệu bạo lực có thể leo thang.
check-reason-forced-sex = Bị ép quan hệ tình dục là bạo lực nghiêm trọng, và là một dấu hiệu nguy hiểm.
check-reason-pregnancy = Bạo lực khi đang mang thai gây nguy hiểm cho cả mẹ và em bé, và là một dấu hiệu nguy hiểm.
check-reason-suicide-threat = Khi người gây bạo lực dọa tự tử, nguy hiểm cũng có thể tăng với những người xung quanh. Không ai phải ở lại chỉ vì sợ người đó tự làm hại mình.
check-reason-stalking = Bị theo dõi, bám theo là một dấu hiệu nguy hiểm, nhất là sau khi chia tay.
check-reason-children = Trẻ em bị làm hại, bị đe dọa hay phải chứng kiến bạo lực cần được bảo vệ. Tổng đài 111 miễn phí, trực 24/7.

## Kết quả: số gọi trước tiên
check-call-title = Gọi trước tiên
check-call-also = Cũng có thể gọi
check-call-113 = Gọi 113 (công an)
check-call-111 = Gọi 111 – Bảo vệ trẻ em (miễn phí)
check-call-115 = Gọi 115 (cấp cứu)

## Kết quả: khám sức khỏe sau khi bị bóp cổ
check-medical-title = Nên đi khám, kể cả khi không thấy vết thương
check-medical-me = Sau khi bị bóp cổ, tổn thương bên trong có thể không nhìn thấy nhưng vẫn nguy hiểm, có khi nhiều giờ sau mới lộ ra. Hãy đi khám sớm. Nếu thấy khó thở, khó nuốt, hay từng bị ngất, hãy gọi 115 ngay.
check-medical-other = Sau khi bị bóp cổ, tổn thương bên trong có thể không nhìn thấy nhưng vẫn nguy hiểm, có khi nhiều giờ sau mới lộ ra. Hãy nhẹ nhàng khuyên người ấy đi khám sớm. Nếu người ấy khó thở, khó nuốt, hay từng bị ngất, hãy gọi 115 ngay.

## Kết quả: luật nói gì (Luật Phòng, chống bạo lực gia đình số 13/2022/QH15)
check-forms-title = Luật gọi những điều này là gì
check-forms-intro = Luật Phòng, chống bạo lực gia đình (số 13/2022/QH15, có hiệu lực từ 1/7/2023) coi những hành vi dưới đây là bạo lực gia đình khi do người trong gia đình gây ra:
check-forms-not-family = Luật cũng bảo vệ người đã ly hôn, và người sống chung như vợ chồng mà chưa đăng ký kết hôn (Nghị định 76/2023). Nếu là người yêu không sống chung, bạn vẫn có thể báo công an và tìm đến các nơi hỗ trợ bên dưới.
check-form-physical-name = Bạo lực về thể chất
check-form-physical-law = Đánh đập, hành hạ, ngược đãi, đe dọa, hay làm bất cứ điều gì cố ý xâm hại sức khỏe, tính mạng của người trong gia đình là bạo lực gia đình.
check-form-physical-protect = Có thể yêu cầu Chủ tịch Ủy ban nhân dân (UBND) xã, phường ra quyết định cấm tiếp xúc (tối đa 3 ngày mỗi lần); người bị bạo lực có thể được chăm sóc y tế.
check-form-psychological-name = Bạo lực về tinh thần
check-form-psychological-law = Lăng mạ, chì chiết, xúc phạm danh dự, nhân phẩm, hay ép người khác chứng kiến bạo lực để gây áp lực tâm lý, đều là bạo lực gia đình.
check-form-psychological-protect = Có thể báo với Ủy ban nhân dân (UBND) xã, phường, công an, trưởng ấp, trưởng khóm hoặc Hội Phụ nữ; người bị bạo lực có thể được tư vấn, hỗ trợ.
check-form-sexual-name = Bạo lực về tình dục
check-form-sexual-law = Ép người trong gia đình quan hệ hay làm những việc tình dục trái ý muốn là bạo lực gia đình, kể cả giữa vợ và chồng. Là vợ chồng không có nghĩa là phải chịu điều đó.
check-form-sexual-protect = Có thể báo công an hoặc Ủy ban nhân dân (UBND) xã, phường; người bị bạo lực có thể được chăm sóc y tế và tư vấn.
check-form-economic-name = Bạo lực về kinh tế
check-form-economic-law = Luật kể những hành vi như: kiểm soát thu nhập để người kia phải lệ thuộc, chiếm đoạt hay hủy hoại tài sản, ép làm việc quá sức, ép đóng góp tiền bạc quá khả năng, hay đuổi ra khỏi nhà trái pháp luật. Đó là bạo lực gia đình.
check-form-economic-protect = Có thể báo với Ủy ban nhân dân (UBND) xã, phường hoặc Hội Phụ nữ, và hỏi về trợ giúp pháp lý, tư vấn về quyền của mình.
check-form-control-name = Cô lập, kiểm soát
check-form-control-law = Ngăn cản người trong gia đình gặp người thân, bạn bè, cô lập hay giam giữ họ là bạo lực gia đình.
check-form-control-protect = Có thể báo với trưởng ấp, trưởng khóm, Ủy ban nhân dân (UBND) xã, phường hoặc công an. Luật cũng quy định việc bố trí nơi tạm lánh cho người bị bạo lực: hãy hỏi UBND xã, phường hoặc Hội Phụ nữ.
check-form-children-name = Bạo lực liên quan đến trẻ em
check-form-children-law = Đánh đập, ngược đãi hay bỏ mặc trẻ em, hoặc ép trẻ chứng kiến bạo lực, đều là bạo lực gia đình.
check-form-children-protect = Có thể gọi Tổng đài 111 (miễn phí, 24/7), hoặc báo với nhà trường, Ủy ban nhân dân (UBND) xã, phường, công an.
check-law-report = Bạn có thể báo ở đâu (Điều 19): Ủy ban nhân dân (UBND) xã, phường nơi xảy ra bạo lực; công an hoặc đồn biên phòng gần nhất; trưởng ấp, trưởng khóm (khu phố); Hội Phụ nữ hoặc đoàn thể ở xã, phường; nhà trường nếu người bị bạo lực là học sinh. Có thể gọi điện, nhắn tin, gửi đơn hoặc đến báo trực tiếp.
check-law-no-contact = Cấm tiếp xúc (Điều 25): khi có yêu cầu, Chủ tịch Ủy ban nhân dân (UBND) xã, phường có thể ra quyết định cấm người gây bạo lực đến gần, mỗi lần tối đa 3 ngày, và phải quyết định trong vòng 12 giờ.
check-law-support = Luật cũng quy định người bị bạo lực có thể được bố trí nơi tạm lánh, chăm sóc y tế, trợ giúp pháp lý và tư vấn. Hãy hỏi UBND xã, phường hoặc Hội Phụ nữ.
check-law-decide-me = Báo hay không, và khi nào, là do bạn quyết định.
check-law-decide-other = Báo hay không, và khi nào, thường nên để người ấy quyết định. Trẻ em bị hại: gọi 111. Tính mạng bị đe dọa: gọi 113.

## Kết quả: dành cho người giúp đỡ
check-helper-title = Bạn có thể giúp như thế nào
check-helper-listen = Lắng nghe mà không phán xét. Để người ấy kể theo cách của mình, không ngắt lời, không hỏi dồn.
check-helper-believe = Tin người ấy. Bạn có thể nói: “Đó không phải lỗi của bạn” và “Mình luôn ở đây”.
check-helper-no-confront = Đừng tự mình đối chất với người gây bạo lực. Việc đó có thể làm người ấy gặp nguy hiểm hơn.
check-helper-no-push = Đừng ép người ấy phải bỏ đi hay ly hôn. Lúc rời đi có thể là lúc nguy hiểm nhất, và người ấy mới biết khi nào là an toàn.
check-helper-pace = Đừng hối thúc người ấy. Có khi phải nói chuyện nhiều lần họ mới sẵn sàng; hãy kiên nhẫn và giữ liên lạc.
check-helper-secret = Giữ kín những gì người ấy kể. Trẻ em bị hại: gọi 111. Tính mạng bị đe dọa: gọi 113.
check-helper-offer = Đưa số liên lạc một cách an toàn: nói miệng, hoặc viết ra mẩu giấy nhỏ dễ giấu. Đừng nhắn vào điện thoại mà người gây bạo lực có thể xem. Hỏi trước lúc nào gọi hay nhắn cho người ấy là an toàn.
check-helper-self = Hãy giữ an toàn cho chính bạn, và tìm người để chia sẻ nếu bạn thấy nặng lòng.

## Kết quả: nơi giúp đỡ và bước tiếp theo
check-help-title = Những nơi có thể giúp
check-help-always-me = Dù câu trả lời là gì, bạn luôn có thể tìm người để nói chuyện. Không cần có vết thương hay bằng chứng mới được hỏi giúp đỡ.
check-help-always-other = Dù câu trả lời là gì, bạn cũng có thể hỏi ý kiến các nơi hỗ trợ về cách giúp người ấy.
check-help-lines = Đường dây tư vấn trên toàn quốc:
check-cost-free = miễn phí
check-cost-charged = có thể mất phí
check-unconfirmed = chưa xác nhận
check-next-contacts-hint = Các nơi hỗ trợ sẽ được lọc theo câu trả lời của bạn. Bạn có thể đổi bộ lọc.
check-next-title = Bước tiếp theo
check-next-plan = Lập kế hoạch an toàn
check-next-plan-hint = Những phần hợp với câu trả lời của bạn sẽ hiện trước.
check-next-contacts = Xem các nơi hỗ trợ phù hợp
check-next-again = Làm lại từ đầu
check-next-home = Về trang chủ và xóa câu trả lời

# A link to a page whose own words arrive only with it (phone.ftl, audiences.ftl).
phone-link-check = Lo điện thoại bị xem hay bị theo dõi? Kiểm tra từng bước.
