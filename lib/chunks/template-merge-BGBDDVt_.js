import { t as e } from './log-DC7XKlqX.js';
// src/i18n/content.ts
var t = {
    ui: {
      faq: {
        heading: 'Questions and answers',
        expandAll: 'Expand all',
        collapseAll: 'Collapse all',
        searchLabel: 'Search the questions and answers',
        results_one: '{{count}} question found',
        results_other: '{{count}} questions found',
        noResults: 'No questions match your search.',
        noResultsHelp: 'Can’t find your question? Ask your clinic:',
        copyLink: 'Copy link to this question',
        linkCopied: 'Link copied.',
        linkCopyFailed: 'Could not copy the link.',
        seeComparison: 'See how the side effects compare',
      },
      language: { label: 'Language' },
      clinic: { yourClinic: 'your clinic' },
      emergency: { localNumber: 'your local emergency number' },
      footer: {
        emergency: 'In an emergency, call {{emergency}} now.',
        contactClinicNamed: 'Questions about your treatment? Call {{clinicName}}:',
        contactClinic: 'Questions about your treatment? Call your clinic:',
        booking: 'Book an appointment',
        updated: 'Information last updated on {{date}}.',
      },
      error: {
        render:
          'Sorry, this information cannot be shown right now. Please contact your clinic with any questions.',
      },
      quiz: {
        start: 'Start the check',
        step: 'Step {{current}} of {{total}}',
        next: 'Next',
        back: 'Back',
        restart: 'Start again',
        yesRedFlag: 'Yes, I have at least one of these',
        noRedFlag: 'No, none of these',
        chooseAnswer: 'Please choose an answer to continue.',
        chooseSymptoms: 'Please choose at least one symptom, or “None of these”.',
        resultLabel: 'Result of the check',
        callNumber: 'Call {{number}}',
        readMore: 'Read more in the questions and answers:',
        summaryTitle: 'What to tell your clinic',
        summaryRedFlag: 'Emergency warning signs: yes, at least one',
        summaryTime: 'Treatment: {{time}}',
        summarySymptoms: 'Symptoms now: {{symptoms}}',
        summaryNoSymptoms: 'Symptoms now: none of those listed',
        summaryTrend: 'Since they started: {{trend}}',
        summaryResult: 'Result of the online check: {{result}}',
        copy: 'Copy the summary',
        copied: 'The summary is copied.',
        copyFailed: 'Could not copy. Please select the summary and copy it yourself.',
        print: 'Print',
        privacy: 'Your answers stay on this device. They are not sent or saved anywhere.',
        noneApply: 'None of these apply to me',
        preResultNone:
          'None of the listed reasons applies to you. Still, tell the doctor about your health and any medicines before treatment.',
      },
      compare: {
        chooseLegend: 'Choose 2 or 3 treatments to compare side by side',
        tooMany: 'You can compare up to 3 treatments at a time.',
        showingAll: 'Showing all 5 treatments.',
        thisTreatment: 'The treatment on this page',
        relatedQuestions: 'Related questions:',
      },
      launcher: {
        open: 'Questions about your treatment?',
        close: 'Close',
      },
    },
    content: {
      meta: {
        topic: 'exosome-hair-therapy',
        title: 'Exosome hair therapy: side effects and when to get help',
        intro:
          'Plain answers about what to expect after exosome hair therapy, which side effects are normal, and when to get medical help.',
        source:
          'Based on a 2025 article on exosome hair therapy side effects, rewritten in plain language.',
        lastReviewed: '2026-11-29',
        reviewNote: 'This text has not yet been checked by a clinician.',
      },
      faq: {
        categories: [
          {
            id: 'normal',
            title: 'What is normal after treatment',
          },
          {
            id: 'warning',
            title: 'Warning signs and when to get help',
          },
          {
            id: 'risks',
            title: 'Risks and safety',
          },
          {
            id: 'before',
            title: 'Before treatment',
          },
          {
            id: 'evidence',
            title: 'Regulation and evidence',
          },
        ],
        items: [
          {
            id: 'normal-side-effects',
            category: 'normal',
            question: 'Which side effects are normal?',
            answer:
              'Most side effects come from the microneedling or injections used to apply the treatment, not from the exosomes themselves. They are usually mild and short-lived:\n\n- a red, tender scalp, a bit like mild sunburn\n- slight swelling, which usually goes down within a day\n- tiny spots of bleeding or small bruises where the needles went in\n- some inflammation, which is part of normal healing\n\nThese usually clear up on their own within 24 to 48 hours.',
          },
          {
            id: 'how-long',
            category: 'normal',
            question: 'How long do the side effects last?',
            answer:
              'Usually one to two days. Mild redness, swelling, tenderness or small bruises normally get better within 24 to 48 hours.\n\nIf they are still there after 72 hours (3 days), contact {{clinic}} so a doctor or nurse can check them.',
          },
          {
            id: 'permanent',
            category: 'normal',
            question: 'Are the side effects permanent?',
            answer:
              'In most cases, no. Redness, swelling and tenderness usually go away within 24 to 48 hours, and most side effects are gone within a few days.\n\nSo far there is no strong evidence of lasting side effects when a good-quality product is used under proper medical care.',
          },
          {
            id: 'pain',
            category: 'normal',
            question: 'Does the treatment hurt?',
            answer:
              'Most people feel very little pain. A numbing cream is put on the scalp before the microneedling, so most people only feel some pressure or tingling.',
          },
          {
            id: 'normal-or-concern',
            category: 'warning',
            question: 'How can I tell if a side effect is normal or a warning sign?',
            answer:
              'Most side effects are normal and go away on their own: redness, tenderness, mild swelling or small bruises that get better within 24 to 48 hours.\n\nWatch carefully for:\n\n- redness or swelling that is still there after 72 hours\n- severe pain\n- signs of infection, such as pus, an unusual smell or fever\n\nThese can mean there is a problem that needs medical care. Serious reactions, such as an allergic reaction or inflammation caused by your immune system, are rare but can happen. Getting help early keeps you safer.',
          },
          {
            id: 'when-to-get-help',
            category: 'warning',
            question: 'When should I get medical help?',
            answer:
              'Contact {{clinic}} or a doctor **straight away** if you have:\n\n- redness, swelling or tenderness that lasts longer than 48 to 72 hours\n- signs of infection: pus, an unusual smell, or fever\n- pain that is severe or getting worse, intense itching, or lumps you did not have before\n\n**Call {{emergency}} now** if you have a reaction in your whole body, such as trouble breathing or shortness of breath, swelling of your face, lips or tongue, a rash spreading beyond the treated area, or dizziness or fainting.',
          },
          {
            id: 'serious-risks',
            category: 'risks',
            question: 'What are the serious risks?',
            answer:
              'Serious problems are uncommon, but you should know about them:\n\n- **Allergic reaction.** The risk is thought to be low, but your body can react to something in the exosome product or in the liquid it is mixed with.\n- **Infection.** Any treatment that breaks the skin can let germs in. How strictly the clinic follows sterile (germ-free) methods makes a big difference.\n- **Where the exosomes come from, and how pure they are.** This is the biggest concern. Exosomes are often made from donated human stem cells, for example from umbilical cord or fat tissue. A poorly made product could contain cell debris or other contaminants that set off a harmful immune reaction or other problems.\n- **Immune reaction.** Exosomes come from outside your body, so in theory your immune system could react to them and cause inflammation. There is not yet enough long-term research to know.',
          },
          {
            id: 'allergic-reaction',
            category: 'risks',
            question: 'Can the treatment cause an allergic reaction?',
            answer:
              'Yes, but this is rare. Your body can react to something in the exosome product or in the liquid it is mixed with. A product that is pure, comes from a known source and has been tested by an independent lab lowers this risk.\n\nTrouble breathing, swelling of your face, lips or tongue, a rash that spreads, or dizziness can be signs of a serious allergic reaction: **call {{emergency}} now**.',
          },
          {
            id: 'hair-loss-worse',
            category: 'risks',
            question: 'Can the treatment make hair loss worse?',
            answer:
              'There is no evidence so far that it speeds up hair loss. In theory, though, a poor-quality product that causes strong inflammation or an immune reaction could harm the hair roots (follicles). This is one reason to choose your provider carefully.',
          },
          {
            id: 'compared-to-prp',
            category: 'risks',
            question: 'Are the side effects worse than with PRP or microneedling?',
            answer:
              'Usually not. The side effects are generally about the same as with PRP and microneedling, because most of them come from the needles or injections, not from the exosomes.',
          },
          {
            id: 'lower-risk',
            category: 'risks',
            question: 'How can I lower my risk?',
            answer:
              'Your safety depends mostly on the clinic and the person who treats you:\n\n- Choose a licensed, experienced doctor, such as a dermatologist or a cosmetic surgeon, who works in a medical clinic. Avoid medical spas and people without medical training.\n- Ask where the exosomes come from and whether an independent lab has tested them.\n- Tell the doctor about your health, including pregnancy, breastfeeding, cancer, autoimmune conditions or a scalp infection.\n- Follow the aftercare advice you are given, and watch for warning signs in the days after treatment.',
          },
          {
            id: 'who-should-avoid',
            category: 'before',
            question: 'Who should not have this treatment?',
            answer:
              'This treatment may not be right for you if you:\n\n- are pregnant\n- are breastfeeding\n- have an infection on your scalp right now\n- have an autoimmune condition\n- have had certain types of cancer\n\nTalk to a doctor before treatment so they can check your health and medical history.',
          },
          {
            id: 'questions-to-ask',
            category: 'before',
            question: 'What should I ask a clinic before treatment?',
            answer:
              'It is reasonable to ask:\n\n- Where exactly do your exosomes come from?\n- Can you show me reports from an independent lab on their purity and safety, including tests for viruses and other germs?\n- How much experience do you have with this treatment, and how many patients have you treated?\n- What do you do if a patient has a bad reaction?\n\nA good clinic gives clear, specific answers that can be checked.',
          },
          {
            id: 'fda-approval',
            category: 'evidence',
            question: 'Is exosome hair treatment approved by the FDA?',
            answer:
              'No. The U.S. Food and Drug Administration (FDA) has not approved any exosome product for cosmetic use, and it has warned the public about unapproved exosome products. In the U.S., exosomes are regulated as drugs and biological products, which must pass thorough clinical trials before they can be approved.',
          },
          {
            id: 'success-rate',
            category: 'evidence',
            question: 'How well does it work?',
            answer:
              'This is not known yet. Early studies and individual reports look promising, but large, well-designed clinical trials are still needed to show how often it works. Results can differ a lot from person to person, depending on the cause of the hair loss and the quality of the product.',
          },
        ],
      },
      compare: {
        title: 'How the side effects compare',
        intro:
          'The side effects of exosome hair therapy next to four other common hair loss treatments. This is a general comparison: your own risks depend on your health and on who treats you.',
        caption: 'Side effects of five hair loss treatments',
        columns: {
          treatment: 'Treatment',
          common: 'Common side effects',
          serious: 'Serious risks',
          tolerability: 'Overall tolerability',
          invasiveness: 'How invasive',
        },
        treatments: [
          {
            id: 'exosome',
            name: 'Exosome hair therapy',
            common:
              'Red scalp, mild swelling, tenderness, small bruises (usually gone within 24 to 48 hours)',
            serious:
              'Rare allergic or immune reactions; infection if the clinic does not keep everything sterile',
            tolerability:
              'Usually well tolerated when a high-quality product and proper clinical methods are used',
          },
          {
            id: 'prp',
            name: 'PRP (platelet-rich plasma)',
            common: 'Short-term pain, swelling, bruising, headache, a tight feeling in the scalp',
            serious: 'Infection; nerve injury (rare)',
            tolerability: 'Well tolerated; side effects come mainly from the injections',
          },
          {
            id: 'microneedling',
            name: 'Microneedling',
            common: 'Redness, irritation, tiny spots of bleeding, short-term inflammation',
            serious: 'Infection or scarring if it is not done properly',
            tolerability:
              'Mild to moderate; depends on how deep the needles go and on the technique',
          },
          {
            id: 'transplant',
            name: 'Hair transplant surgery',
            common: 'Swelling, pain, scabs, temporary shedding of hair (shock loss)',
            serious: 'Infection, scarring, moved hair that does not survive',
            tolerability: 'More invasive; longer recovery and higher risk',
          },
          {
            id: 'stem-cell',
            name: 'Stem-cell therapies',
            common: 'Irritation and inflammation where injected',
            serious:
              'More uncertainty, because of how living cells behave and because of regulatory concerns',
            tolerability:
              'Varies; safety depends heavily on where the cells come from and how they are processed',
          },
        ],
        invasiveness: [
          {
            id: 'surface',
            label: 'Low',
            description: 'Fine needles in the top layer of the skin',
          },
          {
            id: 'injection',
            label: 'Medium',
            description: 'Injections or microneedling into the scalp',
          },
          {
            id: 'surgery',
            label: 'High',
            description: 'Surgery',
          },
        ],
        takeawaysTitle: 'Key points',
        takeaways: [
          'Exosome therapy uses no living cells, which may avoid some of the risks of treatments that use live cells.',
          'With the non-surgical options (exosomes, PRP, microneedling), most side effects, such as redness or swelling, come from the needles or injections rather than from the product.',
          'The more invasive a treatment is, the higher the risk: surgery usually brings more, and longer-lasting, side effects than injections or microneedling.',
          'For newer treatments made from biological material, including exosomes, how the material is sourced, tested and handled matters a great deal for safety.',
        ],
        summary:
          'No hair loss treatment is free of risk. When qualified medical professionals use properly tested products, the side effects of exosome therapy are generally similar to those of other minimally invasive options.',
      },
      seekHelp: {
        title: 'When to get help: a quick check',
        intro:
          'Answer a few questions about how you feel after treatment. The check tells you whether it sounds expected, worth watching, a reason to contact your clinic today, or an emergency.',
        notDiagnosis:
          'This check gives general guidance. It is not a diagnosis. If you are unsure or worried, contact {{clinic}} or a doctor.',
        redFlagsQuestion: 'Do you have any of these right now?',
        redFlags: [
          {
            id: 'breathing',
            label: 'Trouble breathing or shortness of breath',
          },
          {
            id: 'face-swelling',
            label: 'Swelling of the face, lips or tongue',
          },
          {
            id: 'spreading-rash',
            label: 'A rash or hives spreading beyond the treated area',
          },
          {
            id: 'dizziness',
            label: 'Dizziness or fainting',
          },
        ],
        timeQuestion: 'How long ago was your treatment?',
        times: [
          {
            id: 'under-24h',
            label: 'Less than 24 hours ago',
          },
          {
            id: '1-2-days',
            label: '1 to 2 days ago',
          },
          {
            id: '2-3-days',
            label: '2 to 3 days ago',
          },
          {
            id: 'over-3-days',
            label: 'More than 3 days ago',
          },
        ],
        symptomsQuestion: 'Which of these do you have now? Choose all that apply.',
        symptomGroups: [
          {
            id: 'usual',
            title: 'Common after treatment',
          },
          {
            id: 'infection',
            title: 'Signs of infection',
          },
          {
            id: 'other',
            title: 'Other warning signs',
          },
        ],
        symptoms: [
          {
            id: 'redness',
            label: 'Redness',
          },
          {
            id: 'swelling',
            label: 'Swelling',
          },
          {
            id: 'tenderness',
            label: 'Tenderness or soreness',
          },
          {
            id: 'bleeding-bruising',
            label: 'Tiny spots of bleeding or bruising',
          },
          {
            id: 'pus',
            label: 'Pus or other discharge',
          },
          {
            id: 'smell',
            label: 'An unusual smell',
          },
          {
            id: 'fever',
            label: 'Fever',
          },
          {
            id: 'severe-pain',
            label: 'Pain that is severe or getting worse',
          },
          {
            id: 'itching',
            label: 'Intense itching',
          },
          {
            id: 'lumps',
            label: 'Unusual lumps',
          },
        ],
        noSymptoms: 'None of these',
        trendQuestion: 'Since they started, are your symptoms…',
        trends: [
          {
            id: 'better',
            label: 'Getting better',
          },
          {
            id: 'same',
            label: 'Staying the same',
          },
          {
            id: 'worse',
            label: 'Getting worse',
          },
        ],
        results: [
          {
            id: 'emergency',
            title: 'Emergency: call {{emergency}} now',
            body: 'What you describe can be a sign of a serious allergic or whole-body reaction. Call {{emergency}} now, or go to the nearest emergency department. Do not wait to see if it gets better.',
          },
          {
            id: 'today',
            title: 'Contact your clinic today',
            body: 'What you describe should be checked by a doctor or nurse today. Contact {{clinic}} today. If you cannot reach them and you feel worse, get urgent medical care.',
          },
          {
            id: 'watch',
            title: 'Keep watching, and contact your clinic if it is not better by 72 hours',
            body: 'This can still be part of normal healing, but keep an eye on it. If it is not clearly better 72 hours (3 days) after treatment, or if it gets worse, contact {{clinic}}.',
          },
          {
            id: 'expected',
            title: 'This sounds expected: it usually settles within 24 to 48 hours',
            body: 'Redness, mild swelling, tenderness and small bruises are common after treatment and usually go away on their own within 24 to 48 hours.',
          },
        ],
        selfCareTitle: 'Looking after your scalp',
        selfCare: [
          'Follow the aftercare instructions your clinic gave you.',
          'Keep the treated area clean, and do not scratch, pick or rub it.',
          'Check the area each day, and look out for the warning signs in this check.',
          'If you are not sure whether something is normal, contact your clinic.',
        ],
        emergencyGuidance:
          'If you have trouble breathing, swelling of your face, lips or tongue, a rash spreading beyond the treated area, or you feel dizzy or faint, call {{emergency}} now.',
      },
      contraindications: {
        title: 'Is this treatment right for me?',
        intro: 'This treatment may not be suitable for you if any of these apply:',
        items: [
          {
            id: 'pregnant',
            label: 'You are pregnant',
          },
          {
            id: 'breastfeeding',
            label: 'You are breastfeeding',
          },
          {
            id: 'cancer',
            label: 'You have a history of certain cancers',
          },
          {
            id: 'scalp-infection',
            label: 'You have an infection on your scalp right now',
          },
          {
            id: 'autoimmune',
            label: 'You have an autoimmune condition',
          },
        ],
        advice: 'If any of these apply to you, talk to your doctor before having this treatment.',
      },
      questionsToAsk: {
        title: 'Questions to ask a clinic before treatment',
        items: [
          {
            id: 'source',
            text: 'Where exactly do your exosomes come from?',
          },
          {
            id: 'lab-reports',
            text: 'Can you show me reports from an independent lab on their purity and safety, including tests for viruses and other germs?',
          },
          {
            id: 'experience',
            text: 'How much experience do you have with this treatment, and how many patients have you treated?',
          },
          {
            id: 'reactions',
            text: 'What do you do if a patient has a bad reaction?',
          },
        ],
        note: 'A good clinic gives clear, specific answers that can be checked.',
      },
      disclaimer:
        'This is general information, not medical advice or a diagnosis. It does not replace a visit to a doctor. If you are worried about your health, contact {{clinic}} or a doctor.',
    },
  },
  n = {
    fil: 'tl',
    iw: 'he',
    in: 'id',
  };
function r(e) {
  try {
    let t = new Intl.Locale(e.replace(/_/g, '-')).maximize();
    return {
      language: n[t.language] ?? t.language,
      script: t.script ?? '',
    };
  } catch {
    return null;
  }
}
function i(e, t) {
  let n = t.map((e) => ({
    tag: e,
    key: r(e),
  }));
  for (let i of e) {
    let e = t.find((e) => e.toLowerCase() === i.toLowerCase());
    if (e) return e;
    let a = r(i);
    if (!a) continue;
    let o = n.find(
      (e) =>
        e.key?.language === a.language && (e.key.script === a.script || !e.key.script || !a.script),
    );
    if (o) return o.tag;
  }
  return null;
}
function a(e, t, n) {
  let r = [
    ['option', e.option ? [e.option] : []],
    ['document', e.documentLang?.trim() ? [e.documentLang.trim()] : []],
    ['browser', e.browser.filter(Boolean)],
  ];
  for (let [e, a] of r) {
    if (!a.length) continue;
    let r = i(a, t);
    return r
      ? {
          locale: r,
          from: e,
          unmatched: null,
        }
      : {
          locale: n,
          from: e,
          unmatched: a.join(', '),
        };
  }
  return {
    locale: n,
    from: 'default',
    unmatched: null,
  };
}
// src/i18n/template-merge.ts
var o = (e) => typeof e == 'object' && !!e && !Array.isArray(e),
  s = (e) => o(e) && typeof e.id == 'string',
  c = /<\s*\/?\s*[a-z!]/i,
  l = /^[a-z0-9][a-z0-9-]{0,63}$/,
  u = /_(zero|one|two|few|many|other)$/,
  d = (e) => (u.test(e) ? e.replace(u, '') : null),
  f = class {
    constructor(e) {
      ((this.flexible = e), (this.problems = []));
    }
    merge(t, n, r) {
      return typeof t == 'string'
        ? this.text(t, n, r)
        : typeof t == 'number' || typeof t == 'boolean'
          ? typeof n == typeof t && (typeof n != 'number' || Number.isFinite(n))
            ? n
            : this.fail(t, r, `expected a ${typeof t}, found ${e(n)}`)
          : Array.isArray(t)
            ? this.list(t, n, r)
            : o(t)
              ? this.object(t, n, r)
              : t;
    }
    fail(e, t, n) {
      return (this.problems.push(`${t || '(root)'}: ${n}`), e);
    }
    text(t, n, r) {
      return typeof n != 'string' || !n.trim()
        ? this.fail(t, r, `expected text, found ${n === '' ? 'an empty string' : e(n)}`)
        : c.test(n)
          ? this.fail(t, r, 'contains HTML, which is not allowed')
          : n;
    }
    list(t, n, r) {
      if (!Array.isArray(n)) return this.fail(t, r, `expected a list, found ${e(n)}`);
      if (this.flexible.has(r)) return this.flexibleList(t, n, r);
      if (t.every(s)) {
        let i = /* @__PURE__ */ new Map();
        for (let a of n)
          s(a) && t.some((e) => e.id === a.id)
            ? i.set(a.id, a)
            : this.problems.push(`${r}: unexpected entry ${s(a) ? `"${a.id}"` : e(a)}`);
        return t.map((e) => {
          let t = e.id;
          return this.merge(e, i.get(t), `${r}[id=${t}]`);
        });
      }
      let i = typeof t[0];
      return n.length > 0 &&
        n.every(
          (e) => typeof e === i && (i !== 'string' || (String(e).trim() && !c.test(String(e)))),
        )
        ? n
        : this.fail(t, r, `expected a list of ${i === 'string' ? 'texts without HTML' : `${i}s`}`);
    }
    flexibleList(e, t, n) {
      let r = e[0],
        i = /* @__PURE__ */ new Set(),
        a = this.problems.length,
        o = t.map((e, t) => {
          let a = s(e) ? e.id : '',
            o = `${n}[${a ? `id=${a}` : t}]`;
          return (
            s(r) &&
              (l.test(a)
                ? i.has(a) && this.problems.push(`${o}.id: used twice`)
                : this.problems.push(`${o}.id: expected lower-case letters, digits and dashes`),
              i.add(a)),
            this.merge(r, e, o)
          );
        });
      return (
        t.length || this.problems.push(`${n}: expected at least one entry`),
        this.problems.length > a ? e : o
      );
    }
    object(t, n, r) {
      if (!o(n)) return this.fail(t, r, `expected an object, found ${e(n)}`);
      let i = {},
        a = (e) => (r ? `${r}.${e}` : e),
        s = new Set(
          Object.keys(t)
            .map(d)
            .filter((e) => e !== null),
        ),
        c = (e) => Object.keys(n).some((t) => d(t) === e);
      for (let e of Object.keys(t)) {
        let r = d(e);
        (r !== null && c(r)) || (i[e] = this.merge(t[e], n[e], a(e)));
      }
      for (let e of Object.keys(n)) {
        let r = d(e);
        r !== null && s.has(r)
          ? (i[e] = this.merge(t[`${r}_other`] ?? '', n[e], a(e)))
          : Object.prototype.hasOwnProperty.call(t, e) ||
            this.problems.push(`${a(e)}: unknown field`);
      }
      return i;
    }
  };
function p(e, t, n = {}) {
  let r = new f(new Set(n.flexible ?? []));
  return {
    value: r.merge(e, t, ''),
    problems: r.problems,
  };
}
export { t as i, a as n, i as r, p as t };
