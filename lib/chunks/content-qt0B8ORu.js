// src/i18n/locales/vi/content.json
var e = {
    topic: 'exosome-hair-therapy',
    title: 'Liệu pháp exosome cho tóc: tác dụng phụ và khi nào cần tìm trợ giúp',
    intro:
      'Giải đáp dễ hiểu về những điều bạn có thể gặp sau liệu pháp exosome cho tóc, tác dụng phụ nào là bình thường, và khi nào cần tìm trợ giúp y tế.',
    source:
      'Dựa trên một bài viết năm 2025 về tác dụng phụ của liệu pháp exosome cho tóc, được viết lại bằng ngôn ngữ dễ hiểu.',
    lastReviewed: '2026-11-29',
    reviewNote: 'Bản dịch này chưa được bác sĩ hoặc nhân viên y tế kiểm tra.',
  },
  t = /*#__PURE__*/ JSON.parse(
    '{"categories":[{"id":"normal","title":"Những gì là bình thường sau khi điều trị"},{"id":"warning","title":"Dấu hiệu cảnh báo và khi nào cần tìm trợ giúp"},{"id":"risks","title":"Rủi ro và an toàn"},{"id":"before","title":"Trước khi điều trị"},{"id":"evidence","title":"Quy định và bằng chứng khoa học"}],"items":[{"id":"normal-side-effects","category":"normal","question":"Những tác dụng phụ nào là bình thường?","answer":"Hầu hết tác dụng phụ là do việc lăn kim hoặc tiêm khi thực hiện điều trị, chứ không phải do bản thân exosome. Các tác dụng phụ này thường nhẹ và nhanh hết:\\n\\n- da đầu đỏ và đau khi chạm vào, hơi giống bị cháy nắng nhẹ\\n- sưng nhẹ, thường giảm trong vòng một ngày\\n- những chấm chảy máu rất nhỏ hoặc vết bầm nhỏ ở chỗ kim đâm vào\\n- một chút viêm, đây là một phần của quá trình lành bình thường\\n\\nCác tác dụng phụ này thường tự hết trong vòng 24 đến 48 giờ."},{"id":"how-long","category":"normal","question":"Tác dụng phụ kéo dài bao lâu?","answer":"Thường là một đến hai ngày. Đỏ nhẹ, sưng, đau khi chạm vào hoặc vết bầm nhỏ thường sẽ đỡ trong vòng 24 đến 48 giờ.\\n\\nNếu sau 72 giờ (3 ngày) các dấu hiệu này vẫn còn, hãy liên hệ {{clinic}} để bác sĩ hoặc điều dưỡng kiểm tra."},{"id":"permanent","category":"normal","question":"Tác dụng phụ có tồn tại vĩnh viễn không?","answer":"Trong hầu hết các trường hợp thì không. Đỏ, sưng và đau khi chạm vào thường hết trong vòng 24 đến 48 giờ, và hầu hết tác dụng phụ sẽ hết trong vòng vài ngày.\\n\\nĐến nay chưa có bằng chứng mạnh nào cho thấy có tác dụng phụ lâu dài khi dùng sản phẩm chất lượng tốt, dưới sự chăm sóc y tế đúng cách."},{"id":"pain","category":"normal","question":"Điều trị có đau không?","answer":"Hầu hết mọi người chỉ thấy đau rất ít. Trước khi lăn kim, da đầu sẽ được bôi kem gây tê, nên hầu hết mọi người chỉ thấy có cảm giác đè ép nhẹ hoặc râm ran."},{"id":"normal-or-concern","category":"warning","question":"Làm sao để biết một tác dụng phụ là bình thường hay là dấu hiệu cảnh báo?","answer":"Hầu hết tác dụng phụ là bình thường và tự hết: đỏ, đau khi chạm vào, sưng nhẹ hoặc vết bầm nhỏ đỡ dần trong vòng 24 đến 48 giờ.\\n\\nHãy theo dõi kỹ các dấu hiệu sau:\\n\\n- đỏ hoặc sưng vẫn còn sau 72 giờ\\n- đau dữ dội\\n- dấu hiệu nhiễm trùng, như có mủ, có mùi lạ hoặc sốt\\n\\nNhững dấu hiệu này có thể cho thấy có vấn đề cần được chăm sóc y tế. Các phản ứng nghiêm trọng, như phản ứng dị ứng hoặc viêm do hệ miễn dịch của bạn gây ra, hiếm gặp nhưng vẫn có thể xảy ra. Tìm trợ giúp sớm sẽ giúp bạn an toàn hơn."},{"id":"when-to-get-help","category":"warning","question":"Khi nào tôi nên tìm trợ giúp y tế?","answer":"Hãy liên hệ {{clinic}} hoặc bác sĩ **ngay lập tức** nếu bạn có:\\n\\n- đỏ, sưng hoặc đau khi chạm vào kéo dài hơn 48 đến 72 giờ\\n- dấu hiệu nhiễm trùng: có mủ, có mùi lạ hoặc sốt\\n- đau dữ dội hoặc ngày càng đau hơn, ngứa dữ dội, hoặc nổi cục mà trước đây bạn không có\\n\\n**Hãy gọi ngay {{emergency}}** nếu bạn có phản ứng trên toàn cơ thể, như khó thở hoặc hụt hơi, sưng mặt, môi hoặc lưỡi, phát ban lan ra ngoài vùng điều trị, hoặc chóng mặt hay ngất xỉu."},{"id":"serious-risks","category":"risks","question":"Những rủi ro nghiêm trọng là gì?","answer":"Các vấn đề nghiêm trọng không thường gặp, nhưng bạn nên biết về chúng:\\n\\n- **Phản ứng dị ứng.** Nguy cơ được cho là thấp, nhưng cơ thể bạn có thể phản ứng với một thành phần nào đó trong sản phẩm exosome hoặc trong dung dịch dùng để pha sản phẩm.\\n- **Nhiễm trùng.** Bất kỳ điều trị nào đâm xuyên qua da đều có thể để vi trùng xâm nhập. Phòng khám tuân thủ các quy trình vô trùng (không có vi trùng) nghiêm ngặt đến mức nào sẽ tạo ra khác biệt lớn.\\n- **Exosome được lấy từ đâu, và tinh khiết đến mức nào.** Đây là mối lo ngại lớn nhất. Exosome thường được tạo ra từ tế bào gốc của người hiến tặng, ví dụ từ dây rốn hoặc mô mỡ. Một sản phẩm được sản xuất kém có thể chứa mảnh vụn tế bào hoặc các tạp chất khác, có thể gây ra phản ứng miễn dịch có hại hoặc các vấn đề khác.\\n- **Phản ứng miễn dịch.** Exosome đến từ bên ngoài cơ thể bạn, vì vậy về lý thuyết, hệ miễn dịch của bạn có thể phản ứng với chúng và gây viêm. Hiện chưa có đủ nghiên cứu dài hạn để biết rõ."},{"id":"allergic-reaction","category":"risks","question":"Điều trị có thể gây phản ứng dị ứng không?","answer":"Có, nhưng điều này hiếm gặp. Cơ thể bạn có thể phản ứng với một thành phần nào đó trong sản phẩm exosome hoặc trong dung dịch dùng để pha sản phẩm. Một sản phẩm tinh khiết, có nguồn gốc rõ ràng và đã được phòng xét nghiệm độc lập kiểm tra sẽ giúp giảm nguy cơ này.\\n\\nKhó thở, sưng mặt, môi hoặc lưỡi, phát ban lan rộng, hoặc chóng mặt có thể là dấu hiệu của phản ứng dị ứng nghiêm trọng: **hãy gọi ngay {{emergency}}**."},{"id":"hair-loss-worse","category":"risks","question":"Điều trị có thể làm rụng tóc nặng hơn không?","answer":"Đến nay chưa có bằng chứng nào cho thấy điều trị làm tóc rụng nhanh hơn. Tuy nhiên, về lý thuyết, một sản phẩm kém chất lượng gây viêm mạnh hoặc gây phản ứng miễn dịch có thể làm hại chân tóc (nang tóc). Đây là một lý do để bạn chọn nơi điều trị thật cẩn thận."},{"id":"compared-to-prp","category":"risks","question":"Tác dụng phụ có nặng hơn so với PRP (huyết tương giàu tiểu cầu) hoặc lăn kim không?","answer":"Thường là không. Tác dụng phụ nhìn chung gần giống như khi làm PRP và lăn kim, vì phần lớn tác dụng phụ là do kim hoặc việc tiêm, chứ không phải do exosome."},{"id":"lower-risk","category":"risks","question":"Làm sao để tôi giảm nguy cơ?","answer":"Sự an toàn của bạn phụ thuộc chủ yếu vào phòng khám và người điều trị cho bạn:\\n\\n- Hãy chọn bác sĩ có giấy phép hành nghề và có kinh nghiệm, như bác sĩ da liễu hoặc bác sĩ phẫu thuật thẩm mỹ, làm việc tại một phòng khám y tế. Tránh các spa thẩm mỹ và những người không được đào tạo về y khoa.\\n- Hãy hỏi exosome được lấy từ đâu và đã được phòng xét nghiệm độc lập kiểm tra hay chưa.\\n- Hãy cho bác sĩ biết về sức khỏe của bạn, kể cả việc bạn đang mang thai, đang cho con bú, bị ung thư, mắc bệnh tự miễn hoặc bị nhiễm trùng da đầu.\\n- Hãy làm theo hướng dẫn chăm sóc sau điều trị mà bạn nhận được, và theo dõi các dấu hiệu cảnh báo trong những ngày sau khi điều trị."},{"id":"who-should-avoid","category":"before","question":"Ai không nên thực hiện điều trị này?","answer":"Điều trị này có thể không phù hợp với bạn nếu bạn:\\n\\n- đang mang thai\\n- đang cho con bú\\n- hiện đang bị nhiễm trùng ở da đầu\\n- mắc bệnh tự miễn\\n- đã từng mắc một số loại ung thư\\n\\nHãy trao đổi với bác sĩ trước khi điều trị để bác sĩ kiểm tra sức khỏe và tiền sử bệnh của bạn."},{"id":"questions-to-ask","category":"before","question":"Tôi nên hỏi phòng khám những gì trước khi điều trị?","answer":"Bạn hoàn toàn có thể hỏi:\\n\\n- Chính xác thì exosome của phòng khám được lấy từ đâu?\\n- Phòng khám có thể cho tôi xem báo cáo của phòng xét nghiệm độc lập về độ tinh khiết và độ an toàn của exosome, bao gồm cả xét nghiệm virus và các vi trùng khác không?\\n- Phòng khám có bao nhiêu kinh nghiệm với phương pháp điều trị này, và đã điều trị cho bao nhiêu bệnh nhân?\\n- Phòng khám sẽ làm gì nếu bệnh nhân bị phản ứng xấu?\\n\\nMột phòng khám tốt sẽ đưa ra câu trả lời rõ ràng, cụ thể và có thể kiểm chứng được."},{"id":"fda-approval","category":"evidence","question":"Điều trị tóc bằng exosome có được FDA phê duyệt không?","answer":"Không. Cục Quản lý Thực phẩm và Dược phẩm Hoa Kỳ (FDA) chưa phê duyệt bất kỳ sản phẩm exosome nào để dùng cho mục đích thẩm mỹ, và cơ quan này đã cảnh báo công chúng về các sản phẩm exosome chưa được phê duyệt. Tại Hoa Kỳ, exosome được quản lý như thuốc và sản phẩm sinh học, là những loại phải vượt qua các thử nghiệm lâm sàng kỹ lưỡng trước khi có thể được phê duyệt."},{"id":"success-rate","category":"evidence","question":"Điều trị có hiệu quả đến mức nào?","answer":"Điều này hiện chưa được biết rõ. Các nghiên cứu ban đầu và các báo cáo về từng trường hợp riêng lẻ cho thấy kết quả đầy hứa hẹn, nhưng vẫn cần các thử nghiệm lâm sàng lớn, được thiết kế tốt để cho thấy điều trị có hiệu quả thường xuyên đến mức nào. Kết quả có thể rất khác nhau ở mỗi người, tùy vào nguyên nhân gây rụng tóc và chất lượng của sản phẩm."}]}',
  ),
  n = {
    title: 'So sánh các tác dụng phụ',
    intro:
      'Tác dụng phụ của liệu pháp exosome cho tóc so với bốn phương pháp điều trị rụng tóc phổ biến khác. Đây là so sánh chung: nguy cơ của riêng bạn phụ thuộc vào sức khỏe của bạn và người điều trị cho bạn.',
    caption: 'Tác dụng phụ của năm phương pháp điều trị rụng tóc',
    columns: {
      treatment: 'Phương pháp điều trị',
      common: 'Tác dụng phụ thường gặp',
      serious: 'Rủi ro nghiêm trọng',
      tolerability: 'Mức độ cơ thể chịu đựng nói chung',
      invasiveness: 'Mức độ xâm lấn',
    },
    treatments: [
      {
        id: 'exosome',
        name: 'Liệu pháp exosome cho tóc',
        common:
          'Da đầu đỏ, sưng nhẹ, đau khi chạm vào, vết bầm nhỏ (thường hết trong vòng 24 đến 48 giờ)',
        serious:
          'Phản ứng dị ứng hoặc phản ứng miễn dịch (hiếm gặp); nhiễm trùng nếu phòng khám không giữ mọi thứ vô trùng',
        tolerability:
          'Thường được cơ thể chịu đựng tốt khi dùng sản phẩm chất lượng cao và quy trình y khoa đúng chuẩn',
      },
      {
        id: 'prp',
        name: 'PRP (huyết tương giàu tiểu cầu)',
        common: 'Đau trong thời gian ngắn, sưng, bầm tím, đau đầu, cảm giác căng ở da đầu',
        serious: 'Nhiễm trùng; tổn thương dây thần kinh (hiếm gặp)',
        tolerability: 'Được cơ thể chịu đựng tốt; tác dụng phụ chủ yếu là do việc tiêm',
      },
      {
        id: 'microneedling',
        name: 'Lăn kim (vi kim)',
        common: 'Đỏ, kích ứng, những chấm chảy máu rất nhỏ, viêm trong thời gian ngắn',
        serious: 'Nhiễm trùng hoặc để lại sẹo nếu không được thực hiện đúng cách',
        tolerability: 'Từ nhẹ đến vừa; tùy thuộc vào độ sâu của kim và kỹ thuật thực hiện',
      },
      {
        id: 'transplant',
        name: 'Phẫu thuật cấy tóc',
        common: 'Sưng, đau, đóng vảy, rụng tóc tạm thời (rụng tóc do sốc)',
        serious: 'Nhiễm trùng, sẹo, tóc được cấy không sống được',
        tolerability: 'Xâm lấn nhiều hơn; thời gian hồi phục lâu hơn và nguy cơ cao hơn',
      },
      {
        id: 'stem-cell',
        name: 'Các liệu pháp tế bào gốc',
        common: 'Kích ứng và viêm ở chỗ tiêm',
        serious:
          'Nhiều điều chưa chắc chắn hơn, do cách tế bào sống hoạt động và do các lo ngại về mặt quy định',
        tolerability:
          'Khác nhau tùy trường hợp; độ an toàn phụ thuộc rất nhiều vào nguồn gốc của tế bào và cách tế bào được xử lý',
      },
    ],
    invasiveness: [
      {
        id: 'surface',
        label: 'Thấp',
        description: 'Kim nhỏ ở lớp trên cùng của da',
      },
      {
        id: 'injection',
        label: 'Trung bình',
        description: 'Tiêm hoặc lăn kim vào da đầu',
      },
      {
        id: 'surgery',
        label: 'Cao',
        description: 'Phẫu thuật',
      },
    ],
    takeawaysTitle: 'Những điểm chính',
    takeaways: [
      'Liệu pháp exosome không dùng tế bào sống, nhờ vậy có thể tránh được một số rủi ro của các phương pháp dùng tế bào sống.',
      'Với các lựa chọn không phẫu thuật (exosome, PRP, lăn kim), hầu hết tác dụng phụ, như đỏ hoặc sưng, là do kim hoặc việc tiêm chứ không phải do sản phẩm.',
      'Phương pháp càng xâm lấn thì rủi ro càng cao: phẫu thuật thường gây nhiều tác dụng phụ hơn, và kéo dài hơn, so với tiêm hoặc lăn kim.',
      'Với các phương pháp mới hơn được làm từ vật liệu sinh học, kể cả exosome, cách lấy nguồn, kiểm tra và xử lý vật liệu có ý nghĩa rất lớn đối với sự an toàn.',
    ],
    summary:
      'Không có phương pháp điều trị rụng tóc nào hoàn toàn không có rủi ro. Khi các chuyên gia y tế có trình độ sử dụng sản phẩm đã được kiểm tra đúng cách, tác dụng phụ của liệu pháp exosome nhìn chung tương tự như các lựa chọn xâm lấn tối thiểu khác.',
  },
  r = {
    title: 'Khi nào cần tìm trợ giúp: kiểm tra nhanh',
    intro:
      'Hãy trả lời vài câu hỏi về cảm giác của bạn sau khi điều trị. Phần kiểm tra sẽ cho bạn biết tình trạng của bạn có vẻ là bình thường như dự kiến, cần theo dõi thêm, là lý do để liên hệ phòng khám của bạn ngay trong hôm nay, hay là trường hợp cấp cứu.',
    notDiagnosis:
      'Phần kiểm tra này chỉ đưa ra hướng dẫn chung. Đây không phải là chẩn đoán. Nếu bạn không chắc chắn hoặc lo lắng, hãy liên hệ {{clinic}} hoặc bác sĩ.',
    redFlagsQuestion: 'Hiện tại bạn có dấu hiệu nào dưới đây không?',
    redFlags: [
      {
        id: 'breathing',
        label: 'Khó thở hoặc hụt hơi',
      },
      {
        id: 'face-swelling',
        label: 'Sưng mặt, môi hoặc lưỡi',
      },
      {
        id: 'spreading-rash',
        label: 'Phát ban hoặc nổi mề đay lan ra ngoài vùng điều trị',
      },
      {
        id: 'dizziness',
        label: 'Chóng mặt hoặc ngất xỉu',
      },
    ],
    timeQuestion: 'Bạn đã điều trị cách đây bao lâu?',
    times: [
      {
        id: 'under-24h',
        label: 'Chưa đến 24 giờ trước',
      },
      {
        id: '1-2-days',
        label: '1 đến 2 ngày trước',
      },
      {
        id: '2-3-days',
        label: '2 đến 3 ngày trước',
      },
      {
        id: 'over-3-days',
        label: 'Hơn 3 ngày trước',
      },
    ],
    symptomsQuestion:
      'Hiện tại bạn có những dấu hiệu nào dưới đây? Hãy chọn tất cả các dấu hiệu bạn đang có.',
    symptomGroups: [
      {
        id: 'usual',
        title: 'Thường gặp sau khi điều trị',
      },
      {
        id: 'infection',
        title: 'Dấu hiệu nhiễm trùng',
      },
      {
        id: 'other',
        title: 'Các dấu hiệu cảnh báo khác',
      },
    ],
    symptoms: [
      {
        id: 'redness',
        label: 'Da bị đỏ',
      },
      {
        id: 'swelling',
        label: 'Sưng',
      },
      {
        id: 'tenderness',
        label: 'Đau khi chạm vào hoặc đau nhức',
      },
      {
        id: 'bleeding-bruising',
        label: 'Những chấm chảy máu rất nhỏ hoặc bầm tím',
      },
      {
        id: 'pus',
        label: 'Có mủ hoặc dịch khác chảy ra',
      },
      {
        id: 'smell',
        label: 'Có mùi lạ',
      },
      {
        id: 'fever',
        label: 'Sốt',
      },
      {
        id: 'severe-pain',
        label: 'Đau dữ dội hoặc ngày càng đau hơn',
      },
      {
        id: 'itching',
        label: 'Ngứa dữ dội',
      },
      {
        id: 'lumps',
        label: 'Nổi cục bất thường',
      },
    ],
    noSymptoms: 'Không có dấu hiệu nào ở trên',
    trendQuestion: 'Từ khi bắt đầu, các triệu chứng của bạn…',
    trends: [
      {
        id: 'better',
        label: 'Đang đỡ dần',
      },
      {
        id: 'same',
        label: 'Vẫn như cũ',
      },
      {
        id: 'worse',
        label: 'Đang nặng hơn',
      },
    ],
    results: [
      {
        id: 'emergency',
        title: 'Cấp cứu: hãy gọi ngay {{emergency}}',
        body: 'Những gì bạn mô tả có thể là dấu hiệu của phản ứng dị ứng nghiêm trọng hoặc phản ứng toàn thân. Hãy gọi ngay {{emergency}}, hoặc đến khoa cấp cứu gần nhất. Đừng chờ xem tình trạng có đỡ hơn không.',
      },
      {
        id: 'today',
        title: 'Hãy liên hệ phòng khám của bạn ngay trong hôm nay',
        body: 'Những gì bạn mô tả cần được bác sĩ hoặc điều dưỡng kiểm tra ngay trong hôm nay. Hãy liên hệ {{clinic}} ngay trong hôm nay. Nếu bạn không liên lạc được và cảm thấy tệ hơn, hãy tìm chăm sóc y tế khẩn cấp.',
      },
      {
        id: 'watch',
        title: 'Tiếp tục theo dõi, và liên hệ phòng khám của bạn nếu sau 72 giờ vẫn chưa đỡ',
        body: 'Đây vẫn có thể là một phần của quá trình lành bình thường, nhưng hãy để ý theo dõi. Nếu sau 72 giờ (3 ngày) kể từ khi điều trị mà tình trạng chưa đỡ rõ rệt, hoặc nếu tình trạng nặng hơn, hãy liên hệ {{clinic}}.',
      },
      {
        id: 'expected',
        title: 'Điều này có vẻ bình thường như dự kiến: thường sẽ dịu đi trong vòng 24 đến 48 giờ',
        body: 'Đỏ, sưng nhẹ, đau khi chạm vào và vết bầm nhỏ thường gặp sau khi điều trị, và thường tự hết trong vòng 24 đến 48 giờ.',
      },
    ],
    selfCareTitle: 'Chăm sóc da đầu của bạn',
    selfCare: [
      'Hãy làm theo hướng dẫn chăm sóc sau điều trị mà phòng khám đã đưa cho bạn.',
      'Giữ vùng điều trị sạch sẽ, và không gãi, cạy hoặc chà xát vùng này.',
      'Kiểm tra vùng điều trị mỗi ngày, và để ý các dấu hiệu cảnh báo có trong phần kiểm tra này.',
      'Nếu bạn không chắc một điều gì đó có bình thường hay không, hãy liên hệ phòng khám của bạn.',
    ],
    emergencyGuidance:
      'Nếu bạn bị khó thở, sưng mặt, môi hoặc lưỡi, phát ban lan ra ngoài vùng điều trị, hoặc cảm thấy chóng mặt hay sắp ngất, hãy gọi ngay {{emergency}}.',
  },
  i = {
    title: 'Phương pháp điều trị này có phù hợp với tôi không?',
    intro:
      'Phương pháp điều trị này có thể không phù hợp với bạn nếu bạn thuộc bất kỳ trường hợp nào dưới đây:',
    items: [
      {
        id: 'pregnant',
        label: 'Bạn đang mang thai',
      },
      {
        id: 'breastfeeding',
        label: 'Bạn đang cho con bú',
      },
      {
        id: 'cancer',
        label: 'Bạn có tiền sử mắc một số loại ung thư',
      },
      {
        id: 'scalp-infection',
        label: 'Bạn hiện đang bị nhiễm trùng ở da đầu',
      },
      {
        id: 'autoimmune',
        label: 'Bạn mắc bệnh tự miễn',
      },
    ],
    advice:
      'Nếu bạn thuộc bất kỳ trường hợp nào ở trên, hãy trao đổi với bác sĩ trước khi thực hiện phương pháp điều trị này.',
  },
  a = {
    title: 'Những câu hỏi nên hỏi phòng khám trước khi điều trị',
    items: [
      {
        id: 'source',
        text: 'Chính xác thì exosome của phòng khám được lấy từ đâu?',
      },
      {
        id: 'lab-reports',
        text: 'Phòng khám có thể cho tôi xem báo cáo của phòng xét nghiệm độc lập về độ tinh khiết và độ an toàn của exosome, bao gồm cả xét nghiệm virus và các vi trùng khác không?',
      },
      {
        id: 'experience',
        text: 'Phòng khám có bao nhiêu kinh nghiệm với phương pháp điều trị này, và đã điều trị cho bao nhiêu bệnh nhân?',
      },
      {
        id: 'reactions',
        text: 'Phòng khám sẽ làm gì nếu bệnh nhân bị phản ứng xấu?',
      },
    ],
    note: 'Một phòng khám tốt sẽ đưa ra câu trả lời rõ ràng, cụ thể và có thể kiểm chứng được.',
  },
  o =
    'Đây là thông tin chung, không phải lời khuyên y tế hay chẩn đoán. Thông tin này không thay thế việc đi khám bác sĩ. Nếu bạn lo lắng về sức khỏe của mình, hãy liên hệ {{clinic}} hoặc bác sĩ.',
  s = {
    meta: e,
    faq: t,
    compare: n,
    seekHelp: r,
    contraindications: i,
    questionsToAsk: a,
    disclaimer: o,
  };
export {
  n as compare,
  i as contraindications,
  s as default,
  o as disclaimer,
  t as faq,
  e as meta,
  a as questionsToAsk,
  r as seekHelp,
};
