// src/i18n/locales/tl/content.json
var e = {
    topic: 'exosome-hair-therapy',
    title: 'Exosome therapy para sa buhok: mga side effect at kung kailan dapat humingi ng tulong',
    intro:
      'Mga simpleng sagot tungkol sa kung ano ang aasahan pagkatapos ng exosome therapy para sa buhok, kung aling mga side effect ang normal, at kung kailan dapat humingi ng tulong medikal.',
    source:
      'Batay sa isang artikulo mula 2025 tungkol sa mga side effect ng exosome therapy para sa buhok, na isinulat muli sa simpleng pananalita.',
    lastReviewed: '2026-11-29',
    reviewNote:
      'Ang salin na ito ay hindi pa nasusuri ng isang doktor o iba pang propesyonal sa kalusugan.',
  },
  t = {
    categories: [
      {
        id: 'normal',
        title: 'Ano ang normal pagkatapos ng gamutan',
      },
      {
        id: 'warning',
        title: 'Mga senyales ng babala at kung kailan dapat humingi ng tulong',
      },
      {
        id: 'risks',
        title: 'Mga panganib at kaligtasan',
      },
      {
        id: 'before',
        title: 'Bago ang gamutan',
      },
      {
        id: 'evidence',
        title: 'Regulasyon at ebidensya',
      },
    ],
    items: [
      {
        id: 'normal-side-effects',
        category: 'normal',
        question: 'Aling mga side effect ang normal?',
        answer:
          'Karamihan sa mga side effect ay galing sa microneedling o sa mga iniksyon na ginagamit para ilagay ang gamutan, hindi sa mga exosome mismo. Kadalasan, banayad lang ang mga ito at panandalian:\n\n- namumula at masakit kapag hinahawakan ang anit, parang banayad na sunburn\n- bahagyang pamamaga, na kadalasang humuhupa sa loob ng isang araw\n- maliliit na tuldok ng pagdurugo o maliliit na pasa kung saan tumusok ang mga karayom\n- kaunting inflammation, na bahagi ng normal na paggaling\n\nKadalasang kusang nawawala ang mga ito sa loob ng 24 hanggang 48 oras.',
      },
      {
        id: 'how-long',
        category: 'normal',
        question: 'Gaano katagal ang mga side effect?',
        answer:
          'Kadalasan, isa hanggang dalawang araw. Ang bahagyang pamumula, pamamaga, pananakit kapag hinahawakan, o maliliit na pasa ay karaniwang bumubuti sa loob ng 24 hanggang 48 oras.\n\nKung naroon pa rin ang mga ito pagkalipas ng 72 oras (3 araw), makipag-ugnayan po sa {{clinic}} para masuri ang mga ito ng isang doktor o nars.',
      },
      {
        id: 'permanent',
        category: 'normal',
        question: 'Permanente ba ang mga side effect?',
        answer:
          'Sa karamihan ng kaso, hindi po. Ang pamumula, pamamaga at pananakit kapag hinahawakan ay kadalasang nawawala sa loob ng 24 hanggang 48 oras, at wala na ang karamihan sa mga side effect sa loob ng ilang araw.\n\nSa ngayon, walang matibay na ebidensya ng pangmatagalang side effect kapag de-kalidad na produkto ang ginamit at may tamang pangangalagang medikal.',
      },
      {
        id: 'pain',
        category: 'normal',
        question: 'Masakit ba ang gamutan?',
        answer:
          'Napakakaunting sakit lang ang nararamdaman ng karamihan. Pinapahiran ng pampamanhid na cream ang anit bago ang microneedling, kaya karamihan ay nakakaramdam lang ng kaunting diin o pangingilig (tingling).',
      },
      {
        id: 'normal-or-concern',
        category: 'warning',
        question: 'Paano ko malalaman kung normal ang isang side effect o senyales ito ng babala?',
        answer:
          'Karamihan sa mga side effect ay normal at kusang nawawala: pamumula, pananakit kapag hinahawakan, bahagyang pamamaga o maliliit na pasa na bumubuti sa loob ng 24 hanggang 48 oras.\n\nMagbantay pong mabuti sa:\n\n- pamumula o pamamaga na naroon pa rin pagkalipas ng 72 oras\n- matinding sakit\n- mga senyales ng impeksyon, tulad ng nana, kakaibang amoy o lagnat\n\nMaaaring ibig sabihin ng mga ito na may problemang nangangailangan ng atensyong medikal. Bihira ang malulubhang reaksyon, tulad ng allergic reaction o inflammation na dulot ng inyong immune system, pero maaari itong mangyari. Mas ligtas kayo kung maaga kayong hihingi ng tulong.',
      },
      {
        id: 'when-to-get-help',
        category: 'warning',
        question: 'Kailan ako dapat humingi ng tulong medikal?',
        answer:
          'Makipag-ugnayan po **agad** sa {{clinic}} o sa isang doktor kung mayroon kayong:\n\n- pamumula, pamamaga o pananakit kapag hinahawakan na tumatagal nang higit sa 48 hanggang 72 oras\n- mga senyales ng impeksyon: nana, kakaibang amoy, o lagnat\n- sakit na matindi o lumalala, matinding pangangati, o mga bukol na wala kayo dati\n\n**Tumawag po ngayon din sa {{emergency}}** kung may reaksyon kayo sa buong katawan, tulad ng hirap sa paghinga o pangangapos ng hininga, pamamaga ng mukha, labi o dila, rashes na kumakalat lampas sa ginamot na bahagi, o pagkahilo o pagkahimatay.',
      },
      {
        id: 'serious-risks',
        category: 'risks',
        question: 'Ano ang mga malubhang panganib?',
        answer:
          'Hindi karaniwan ang malulubhang problema, pero dapat ninyong malaman ang mga ito:\n\n- **Allergic reaction.** Itinuturing na mababa ang panganib, pero maaaring mag-react ang inyong katawan sa isang sangkap ng produktong exosome o ng likidong pinaghaluan nito.\n- **Impeksyon.** Anumang gamutan na sumusugat sa balat ay maaaring makapagpapasok ng mikrobyo. Malaki ang epekto ng kung gaano kahigpit sinusunod ng klinika ang mga sterile (walang mikrobyo) na pamamaraan.\n- **Kung saan galing ang mga exosome, at kung gaano kadalisay ang mga ito.** Ito ang pinakamalaking alalahanin. Kadalasang ginagawa ang mga exosome mula sa mga donasyong stem cell ng tao, halimbawa mula sa umbilical cord (pusod) o sa taba ng katawan. Ang produktong hindi maayos ang pagkakagawa ay maaaring may lamang mga piraso ng cell o iba pang dumi na maaaring magdulot ng mapanganib na reaksyon ng immune system o ng iba pang problema.\n- **Reaksyon ng immune system.** Galing sa labas ng inyong katawan ang mga exosome, kaya sa teorya, maaaring mag-react sa mga ito ang inyong immune system at magdulot ng inflammation. Wala pang sapat na pangmatagalang pananaliksik para malaman ito.',
      },
      {
        id: 'allergic-reaction',
        category: 'risks',
        question: 'Maaari bang magdulot ng allergic reaction ang gamutan?',
        answer:
          'Opo, pero bihira ito. Maaaring mag-react ang inyong katawan sa isang sangkap ng produktong exosome o ng likidong pinaghaluan nito. Napapababa ang panganib na ito kung ang produkto ay dalisay, galing sa kilalang pinagmulan, at nasuri ng isang independiyenteng laboratoryo.\n\nAng hirap sa paghinga, pamamaga ng mukha, labi o dila, rashes na kumakalat, o pagkahilo ay maaaring senyales ng malubhang allergic reaction: **tumawag po ngayon din sa {{emergency}}**.',
      },
      {
        id: 'hair-loss-worse',
        category: 'risks',
        question: 'Maaari bang palalain ng gamutan ang pagkalagas ng buhok?',
        answer:
          'Sa ngayon, walang ebidensya na pinabibilis nito ang pagkalagas ng buhok. Pero sa teorya, ang produktong mababa ang kalidad na nagdudulot ng matinding inflammation o reaksyon ng immune system ay maaaring makapinsala sa mga ugat ng buhok (follicle). Isa ito sa mga dahilan para maingat ninyong piliin kung sino ang gagamot sa inyo.',
      },
      {
        id: 'compared-to-prp',
        category: 'risks',
        question: 'Mas malala ba ang mga side effect kaysa sa PRP o microneedling?',
        answer:
          'Kadalasan, hindi po. Sa pangkalahatan, halos pareho lang ang mga side effect nito at ng PRP at microneedling, dahil karamihan sa mga ito ay galing sa mga karayom o iniksyon, hindi sa mga exosome.',
      },
      {
        id: 'lower-risk',
        category: 'risks',
        question: 'Paano ko mapapababa ang aking panganib?',
        answer:
          'Ang inyong kaligtasan ay nakadepende higit sa lahat sa klinika at sa taong gagamot sa inyo:\n\n- Pumili po ng lisensyado at may karanasang doktor, tulad ng dermatologist o cosmetic surgeon, na nagtatrabaho sa isang medikal na klinika. Iwasan ang mga medical spa at ang mga taong walang medikal na pagsasanay.\n- Itanong kung saan galing ang mga exosome at kung nasuri na ba ang mga ito ng isang independiyenteng laboratoryo.\n- Sabihin sa doktor ang tungkol sa inyong kalusugan, kasama ang pagbubuntis, pagpapasuso, kanser, mga autoimmune na kondisyon, o impeksyon sa anit.\n- Sundin ang mga payo sa pangangalaga pagkatapos ng gamutan na ibinigay sa inyo, at magbantay sa mga senyales ng babala sa mga araw pagkatapos ng gamutan.',
      },
      {
        id: 'who-should-avoid',
        category: 'before',
        question: 'Sino ang hindi dapat sumailalim sa gamutang ito?',
        answer:
          'Maaaring hindi angkop sa inyo ang gamutang ito kung kayo ay:\n\n- buntis\n- nagpapasuso\n- may impeksyon sa anit ngayon mismo\n- may autoimmune na kondisyon\n- nagkaroon na ng ilang uri ng kanser\n\nMakipag-usap po sa isang doktor bago ang gamutan para masuri niya ang inyong kalusugan at medikal na kasaysayan.',
      },
      {
        id: 'questions-to-ask',
        category: 'before',
        question: 'Ano ang dapat kong itanong sa klinika bago ang gamutan?',
        answer:
          'Makatwirang itanong ang mga ito:\n\n- Saan po eksaktong galing ang inyong mga exosome?\n- Maaari po ba ninyong ipakita sa akin ang mga ulat mula sa isang independiyenteng laboratoryo tungkol sa kadalisayan at kaligtasan ng mga ito, kasama ang mga pagsusuri para sa virus at iba pang mikrobyo?\n- Gaano na po kalawak ang karanasan ninyo sa gamutang ito, at ilang pasyente na ang nagamot ninyo?\n- Ano po ang ginagawa ninyo kapag nagkaroon ng masamang reaksyon ang isang pasyente?\n\nAng mahusay na klinika ay nagbibigay ng malinaw at tiyak na mga sagot na maaaring patunayan.',
      },
      {
        id: 'fda-approval',
        category: 'evidence',
        question: 'Aprubado ba ng FDA ang exosome therapy para sa buhok?',
        answer:
          'Hindi po. Walang produktong exosome na inaprubahan ang Food and Drug Administration (FDA) ng Estados Unidos para sa gamit na pampaganda (cosmetic), at nagbabala na ito sa publiko tungkol sa mga hindi aprubadong produktong exosome. Sa Estados Unidos, kinokontrol ang mga exosome bilang mga gamot at biyolohikal na produkto, na kailangang pumasa sa masusing klinikal na pag-aaral (clinical trial) bago maaprubahan.',
      },
      {
        id: 'success-rate',
        category: 'evidence',
        question: 'Gaano ito kabisa?',
        answer:
          'Hindi pa ito alam. Mukhang may pag-asa ang mga unang pag-aaral at ang mga ulat ng ilang indibidwal, pero kailangan pa ng malalaki at maayos ang disenyong klinikal na pag-aaral para malaman kung gaano kadalas ito gumagana. Maaaring magkaiba-iba nang malaki ang resulta sa bawat tao, depende sa sanhi ng pagkalagas ng buhok at sa kalidad ng produkto.',
      },
    ],
  },
  n = {
    title: 'Paghahambing ng mga side effect',
    intro:
      'Ang mga side effect ng exosome therapy para sa buhok, katabi ng apat na iba pang karaniwang gamutan para sa pagkalagas ng buhok. Pangkalahatang paghahambing lang ito: ang sarili ninyong panganib ay nakadepende sa inyong kalusugan at sa kung sino ang gagamot sa inyo.',
    caption: 'Mga side effect ng limang gamutan para sa pagkalagas ng buhok',
    columns: {
      treatment: 'Gamutan',
      common: 'Karaniwang side effect',
      serious: 'Malulubhang panganib',
      tolerability: 'Gaano kadaling tiisin sa pangkalahatan',
      invasiveness: 'Gaano ka-invasive',
    },
    treatments: [
      {
        id: 'exosome',
        name: 'Exosome therapy para sa buhok',
        common:
          'Mapulang anit, bahagyang pamamaga, pananakit kapag hinahawakan, maliliit na pasa (kadalasang nawawala sa loob ng 24 hanggang 48 oras)',
        serious:
          'Bihirang allergic reaction o reaksyon ng immune system; impeksyon kung hindi pinananatiling sterile ng klinika ang lahat',
        tolerability:
          'Kadalasang madaling tiisin kapag de-kalidad na produkto at tamang klinikal na pamamaraan ang ginamit',
      },
      {
        id: 'prp',
        name: 'PRP (plasma na mayaman sa platelet)',
        common:
          'Panandaliang sakit, pamamaga, pasa, sakit ng ulo, pakiramdam na parang masikip ang anit',
        serious: 'Impeksyon; pinsala sa nerve (bihira)',
        tolerability: 'Madaling tiisin; ang mga side effect ay pangunahing galing sa mga iniksyon',
      },
      {
        id: 'microneedling',
        name: 'Microneedling (pagtusok sa balat gamit ang napakaliliit na karayom)',
        common: 'Pamumula, iritasyon, maliliit na tuldok ng pagdurugo, panandaliang inflammation',
        serious: 'Impeksyon o pagpepeklat kung hindi ito ginawa nang tama',
        tolerability:
          'Banayad hanggang katamtaman; nakadepende sa lalim ng pagtusok ng mga karayom at sa pamamaraan',
      },
      {
        id: 'transplant',
        name: 'Operasyon sa paglilipat ng buhok (hair transplant)',
        common: 'Pamamaga, sakit, langib, pansamantalang paglalagas ng buhok (shock loss)',
        serious: 'Impeksyon, pagpepeklat, inilipat na buhok na hindi nabubuhay',
        tolerability: 'Mas invasive; mas matagal ang paggaling at mas mataas ang panganib',
      },
      {
        id: 'stem-cell',
        name: 'Mga gamutang gumagamit ng stem cell',
        common: 'Iritasyon at inflammation sa bahaging tinurukan',
        serious:
          'Mas maraming hindi tiyak, dahil sa kung paano kumikilos ang mga buhay na cell at dahil sa mga alalahanin sa regulasyon',
        tolerability:
          'Iba-iba; ang kaligtasan ay lubos na nakadepende sa kung saan galing ang mga cell at kung paano pinoproseso ang mga ito',
      },
    ],
    invasiveness: [
      {
        id: 'surface',
        label: 'Mababa',
        description: 'Pinong mga karayom sa pinakaibabaw na bahagi ng balat',
      },
      {
        id: 'injection',
        label: 'Katamtaman',
        description: 'Mga iniksyon o microneedling sa anit',
      },
      {
        id: 'surgery',
        label: 'Mataas',
        description: 'Operasyon',
      },
    ],
    takeawaysTitle: 'Mahahalagang punto',
    takeaways: [
      'Walang ginagamit na buhay na cell ang exosome therapy, kaya maaaring maiwasan nito ang ilan sa mga panganib ng mga gamutang gumagamit ng buhay na cell.',
      'Sa mga opsyong hindi operasyon (exosome, PRP, microneedling), karamihan sa mga side effect, tulad ng pamumula o pamamaga, ay galing sa mga karayom o iniksyon sa halip na sa produkto.',
      'Habang mas invasive ang gamutan, mas mataas ang panganib: kadalasang mas marami, at mas matagal, ang mga side effect ng operasyon kaysa sa mga iniksyon o microneedling.',
      'Para sa mas bagong mga gamutang gawa sa biyolohikal na materyal, kasama ang mga exosome, napakahalaga para sa kaligtasan kung paano kinukuha, sinusuri at hinahawakan ang materyal.',
    ],
    summary:
      'Walang gamutan para sa pagkalagas ng buhok na walang panganib. Kapag mga kwalipikadong medikal na propesyonal ang gumagamit ng mga produktong maayos na nasuri, ang mga side effect ng exosome therapy ay karaniwang katulad ng sa iba pang opsyong bahagya lang ang pagka-invasive.',
  },
  r = {
    title: 'Kailan dapat humingi ng tulong: isang mabilis na pagsusuri',
    intro:
      'Sagutin po ang ilang tanong tungkol sa nararamdaman ninyo pagkatapos ng gamutan. Sasabihin sa inyo ng pagsusuring ito kung mukhang inaasahan ito, dapat bantayan, dahilan para makipag-ugnayan sa inyong klinika ngayong araw, o isang emergency.',
    notDiagnosis:
      'Pangkalahatang gabay lang ang ibinibigay ng pagsusuring ito. Hindi ito diyagnosis. Kung hindi kayo sigurado o nag-aalala kayo, makipag-ugnayan po sa {{clinic}} o sa isang doktor.',
    redFlagsQuestion: 'Nararanasan po ba ninyo ang alinman sa mga ito ngayon mismo?',
    redFlags: [
      {
        id: 'breathing',
        label: 'Hirap sa paghinga o pangangapos ng hininga',
      },
      {
        id: 'face-swelling',
        label: 'Pamamaga ng mukha, labi o dila',
      },
      {
        id: 'spreading-rash',
        label: 'Rashes o pantal (hives) na kumakalat lampas sa ginamot na bahagi',
      },
      {
        id: 'dizziness',
        label: 'Pagkahilo o pagkahimatay',
      },
    ],
    timeQuestion: 'Gaano na katagal mula nang gawin ang inyong gamutan?',
    times: [
      {
        id: 'under-24h',
        label: 'Wala pang 24 oras ang nakalipas',
      },
      {
        id: '1-2-days',
        label: '1 hanggang 2 araw na ang nakalipas',
      },
      {
        id: '2-3-days',
        label: '2 hanggang 3 araw na ang nakalipas',
      },
      {
        id: 'over-3-days',
        label: 'Higit sa 3 araw na ang nakalipas',
      },
    ],
    symptomsQuestion:
      'Alin sa mga ito ang nararanasan ninyo ngayon? Piliin po ang lahat ng naaangkop.',
    symptomGroups: [
      {
        id: 'usual',
        title: 'Karaniwan pagkatapos ng gamutan',
      },
      {
        id: 'infection',
        title: 'Mga senyales ng impeksyon',
      },
      {
        id: 'other',
        title: 'Iba pang senyales ng babala',
      },
    ],
    symptoms: [
      {
        id: 'redness',
        label: 'Pamumula',
      },
      {
        id: 'swelling',
        label: 'Pamamaga',
      },
      {
        id: 'tenderness',
        label: 'Masakit kapag hinahawakan, o makirot',
      },
      {
        id: 'bleeding-bruising',
        label: 'Maliliit na tuldok ng pagdurugo o pasa',
      },
      {
        id: 'pus',
        label: 'Nana o iba pang lumalabas na likido',
      },
      {
        id: 'smell',
        label: 'Kakaibang amoy',
      },
      {
        id: 'fever',
        label: 'Lagnat',
      },
      {
        id: 'severe-pain',
        label: 'Sakit na matindi o lumalala',
      },
      {
        id: 'itching',
        label: 'Matinding pangangati',
      },
      {
        id: 'lumps',
        label: 'Kakaibang mga bukol',
      },
    ],
    noSymptoms: 'Wala sa mga ito',
    trendQuestion: 'Mula nang magsimula ang mga ito, ang inyong mga sintomas ay…',
    trends: [
      {
        id: 'better',
        label: 'Bumubuti',
      },
      {
        id: 'same',
        label: 'Ganoon pa rin',
      },
      {
        id: 'worse',
        label: 'Lumalala',
      },
    ],
    results: [
      {
        id: 'emergency',
        title: 'Emergency: tumawag po ngayon din sa {{emergency}}',
        body: 'Ang inilalarawan ninyo ay maaaring senyales ng malubhang allergic reaction o reaksyon ng buong katawan. Tumawag po ngayon din sa {{emergency}}, o pumunta sa pinakamalapit na emergency room. Huwag na pong maghintay kung bubuti ito.',
      },
      {
        id: 'today',
        title: 'Makipag-ugnayan sa inyong klinika ngayong araw',
        body: 'Ang inilalarawan ninyo ay dapat masuri ng isang doktor o nars ngayong araw. Makipag-ugnayan po sa {{clinic}} ngayong araw. Kung hindi ninyo sila makontak at sumasama ang pakiramdam ninyo, humingi po ng agarang tulong medikal.',
      },
      {
        id: 'watch',
        title:
          'Patuloy na magbantay, at makipag-ugnayan sa inyong klinika kung hindi ito bumuti pagsapit ng 72 oras',
        body: 'Maaaring bahagi pa rin ito ng normal na paggaling, pero bantayan po ito. Kung hindi ito malinaw na bumuti 72 oras (3 araw) pagkatapos ng gamutan, o kung lumala ito, makipag-ugnayan po sa {{clinic}}.',
      },
      {
        id: 'expected',
        title: 'Mukhang inaasahan ito: kadalasang humuhupa ito sa loob ng 24 hanggang 48 oras',
        body: 'Ang pamumula, bahagyang pamamaga, pananakit kapag hinahawakan, at maliliit na pasa ay karaniwan pagkatapos ng gamutan at kadalasang kusang nawawala sa loob ng 24 hanggang 48 oras.',
      },
    ],
    selfCareTitle: 'Pag-aalaga sa inyong anit',
    selfCare: [
      'Sundin po ang mga tagubilin sa pangangalaga pagkatapos ng gamutan na ibinigay ng inyong klinika.',
      'Panatilihing malinis ang ginamot na bahagi, at huwag itong kamutin, kutkutin o kuskusin.',
      'Tingnan ang bahaging ito araw-araw, at bantayan ang mga senyales ng babala na nasa pagsusuring ito.',
      'Kung hindi kayo sigurado kung normal ang isang bagay, makipag-ugnayan po sa inyong klinika.',
    ],
    emergencyGuidance:
      'Kung nahihirapan kayong huminga, may pamamaga ng inyong mukha, labi o dila, may rashes na kumakalat lampas sa ginamot na bahagi, o nahihilo kayo o parang mahihimatay, tumawag po ngayon din sa {{emergency}}.',
  },
  i = {
    title: 'Angkop ba sa akin ang gamutang ito?',
    intro:
      'Maaaring hindi angkop sa inyo ang gamutang ito kung totoo sa inyo ang alinman sa mga ito:',
    items: [
      {
        id: 'pregnant',
        label: 'Kayo ay buntis',
      },
      {
        id: 'breastfeeding',
        label: 'Kayo ay nagpapasuso',
      },
      {
        id: 'cancer',
        label: 'Nagkaroon na kayo ng ilang uri ng kanser',
      },
      {
        id: 'scalp-infection',
        label: 'May impeksyon kayo sa anit ngayon mismo',
      },
      {
        id: 'autoimmune',
        label: 'May autoimmune na kondisyon kayo',
      },
    ],
    advice:
      'Kung totoo sa inyo ang alinman sa mga ito, makipag-usap po sa inyong doktor bago sumailalim sa gamutang ito.',
  },
  a = {
    title: 'Mga tanong para sa klinika bago ang gamutan',
    items: [
      {
        id: 'source',
        text: 'Saan po eksaktong galing ang inyong mga exosome?',
      },
      {
        id: 'lab-reports',
        text: 'Maaari po ba ninyong ipakita sa akin ang mga ulat mula sa isang independiyenteng laboratoryo tungkol sa kadalisayan at kaligtasan ng mga ito, kasama ang mga pagsusuri para sa virus at iba pang mikrobyo?',
      },
      {
        id: 'experience',
        text: 'Gaano na po kalawak ang karanasan ninyo sa gamutang ito, at ilang pasyente na ang nagamot ninyo?',
      },
      {
        id: 'reactions',
        text: 'Ano po ang ginagawa ninyo kapag nagkaroon ng masamang reaksyon ang isang pasyente?',
      },
    ],
    note: 'Ang mahusay na klinika ay nagbibigay ng malinaw at tiyak na mga sagot na maaaring patunayan.',
  },
  o =
    'Pangkalahatang impormasyon lang ito, hindi payong medikal o diyagnosis. Hindi nito pinapalitan ang pagpapatingin sa doktor. Kung nag-aalala kayo tungkol sa inyong kalusugan, makipag-ugnayan po sa {{clinic}} o sa isang doktor.',
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
