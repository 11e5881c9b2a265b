/**
 * Visceral referral: pain from organs felt in body-wall regions (convergence of visceral and somatic
 * afferents on the same spinal or brainstem neurons) and osteopathic viscerosomatic reflexes.
 * Referred visceral pain can signal an emergency; manual treatment never replaces diagnosis.
 */
import { at, chain, cite, link, via, type ChainInput } from './helpers';

const CONVERGENCE_NOTE =
  'Visceral and somatic nerve fibres converge on the same spinal neurons, and the brain, used to signals from the skin and muscles, projects the pain to the body wall supplied by those segments.';

export const visceralChains: ChainInput[] = [
  chain({
    id: 'heart-to-left-arm',
    title: 'Heart → chest → left arm',
    summary:
      'Cardiac ischaemia is felt as pressure behind the breastbone that can spread to the left arm, the neck, the jaw or the back.',
    links: [
      link({
        from: at('heart', 'midline'),
        to: at('sternum', 'midline'),
        mechanism: 'convergence-referral',
        explanation: `Pain fibres from the heart travel with sympathetic nerves into roughly the first four or five thoracic segments of the spinal cord. ${CONVERGENCE_NOTE} The typical result is a diffuse pressure or tightness behind the breastbone rather than a sharp, pinpoint pain.`,
        evidence: 'strong',
        citations: [cite('gulati-2021-chest-pain'), cite('giamberardino-2006-internal-organs')],
      }),
      link({
        from: at('sternum', 'midline'),
        to: at('upper-arm', 'left'),
        mechanism: 'convergence-referral',
        via: [via('pectoralis-major', 'left')],
        explanation:
          'The upper thoracic segments (especially T1 and T2) also supply the skin of the inner arm, so the pain commonly spreads down the inner left arm; it may also reach the right arm, neck, jaw or upper back. Women, older adults and people with diabetes more often present with atypical or little pain.',
        evidence: 'strong',
        citations: [cite('gulati-2021-chest-pain'), cite('giamberardino-2010-visceral-referred')],
      }),
      link({
        from: at('upper-arm', 'left'),
        to: at('forearm', 'left'),
        mechanism: 'convergence-referral',
        explanation:
          'The zone can continue along the inner (little-finger) side of the forearm, territory of the C8–T1 segments. Arm pain alone is less typical, so any exertional arm or jaw pain deserves a cardiac assessment.',
        evidence: 'moderate',
        citations: [
          cite('gulati-2021-chest-pain'),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
      }),
    ],
    conditions: ['angina'],
    redFlags: [
      'Chest pressure at rest or lasting more than a few minutes, or with sweating, breathlessness, nausea or fainting: call emergency services. Do not treat manually.',
      'Chest, arm or jaw pain brought on by exertion and relieved by rest: urgent cardiac assessment.',
    ],
    tags: ['cardiac', 'emergency'],
  }),
  chain({
    id: 'heart-to-upper-thoracic',
    title: 'Heart → upper thoracic paraspinal tissues (viscerosomatic)',
    summary:
      'Osteopathic teaching describes tissue texture change and tenderness beside the upper thoracic spine, mainly on the left, in heart disease.',
    links: [
      link({
        from: at('heart', 'midline'),
        to: at('thoracic-spine', 'midline'),
        mechanism: 'viscerosomatic',
        via: [via('erector-spinae', 'left'), via('multifidus', 'left')],
        explanation:
          'Sustained input from the heart into the upper thoracic segments is thought to facilitate those segments, producing paraspinal muscle tension and skin changes (a viscerosomatic reflex) at about T1–T5, more often on the left. Palpatory studies have reported such findings in cardiac patients, but their reliability and predictive value are limited. Finding them should prompt a medical question, not only a manual treatment.',
        evidence: 'limited',
        citations: [cite('beal-1985-viscerosomatic'), cite('giamberardino-2010-visceral-referred')],
        techniques: ['rib-raising', 'paraspinal-soft-tissue'],
      }),
    ],
    conditions: ['angina'],
    redFlags: [
      'Upper back pain with chest pressure, breathlessness or sweating: treat as cardiac until proven otherwise.',
      'Tearing pain between the shoulder blades: consider aortic dissection, emergency care.',
    ],
    tags: ['cardiac', 'viscerosomatic'],
  }),
  chain({
    id: 'gallbladder-to-right-shoulder',
    title: 'Gallbladder → diaphragm → right shoulder',
    summary:
      'An inflamed gallbladder touching the underside of the diaphragm can be felt at the tip of the right shoulder.',
    links: [
      link({
        from: at('gallbladder', 'midline'),
        to: at('diaphragm', 'midline'),
        mechanism: 'parietal-irritation',
        via: [via('diaphragm', 'midline')],
        explanation:
          'The gallbladder lies under the liver against the right hemidiaphragm. When it is inflamed, the irritation spreads to the diaphragm and its covering peritoneum, whose central part is supplied by the phrenic nerve.',
        evidence: 'moderate',
        citations: [
          cite('standring-grays-2020', 'Standard text (not read): diaphragm: innervation'),
          cite('giamberardino-2006-internal-organs'),
        ],
      }),
      link({
        from: at('diaphragm', 'midline'),
        to: at('shoulder', 'right'),
        mechanism: 'convergence-referral',
        via: [via('trapezius', 'right')],
        explanation:
          'The phrenic nerve comes from C3–C5, the same segments that supply the skin over the shoulder through the supraclavicular nerves. Pain from the right diaphragm is therefore felt at the right shoulder tip, even though the shoulder itself is healthy and moves freely.',
        evidence: 'moderate',
        citations: [
          cite('standring-grays-2020', 'Standard text (not read): diaphragm: innervation'),
          cite('jin-2023-referred-pain'),
        ],
      }),
    ],
    conditions: ['cholecystitis'],
    redFlags: [
      'Right upper abdominal pain with fever, jaundice or vomiting: urgent medical assessment for cholecystitis or cholangitis.',
      'Shoulder pain with a full, pain-free range of movement should raise suspicion of referred visceral pain.',
    ],
    tags: ['visceral', 'phrenic'],
  }),
  chain({
    id: 'gallbladder-to-right-scapula',
    title: 'Gallbladder → right shoulder blade',
    summary:
      'Biliary pain is felt under the right ribs and classically radiates to the angle of the right shoulder blade.',
    links: [
      link({
        from: at('gallbladder', 'midline'),
        to: at('scapula', 'right'),
        mechanism: 'convergence-referral',
        via: [via('rhomboids', 'right'), via('erector-spinae', 'right')],
        explanation: `Pain fibres from the gallbladder enter the mid-thoracic cord (about T6–T9) with the greater splanchnic nerves, mainly on the right. ${CONVERGENCE_NOTE} Biliary colic is therefore felt in the right upper abdomen and around the lower angle of the right shoulder blade, often after a fatty meal.`,
        evidence: 'moderate',
        citations: [
          cite('cartwright-2008-abdominal-pain'),
          cite('giamberardino-2006-internal-organs'),
          cite('beal-1985-viscerosomatic'),
        ],
      }),
    ],
    conditions: ['cholecystitis'],
    redFlags: [
      'Right upper abdominal pain lasting hours with fever or jaundice: urgent medical assessment.',
    ],
    tags: ['visceral'],
  }),
  chain({
    id: 'liver-to-right-shoulder',
    title: 'Liver → diaphragm → right shoulder',
    summary:
      'Stretch of the liver capsule gives a dull right upper abdominal ache, and irritation of the diaphragm above it refers to the right shoulder.',
    links: [
      link({
        from: at('liver', 'midline'),
        to: at('diaphragm', 'midline'),
        mechanism: 'parietal-irritation',
        via: [via('diaphragm', 'midline')],
        explanation:
          'The liver tissue itself is not very pain-sensitive, but its capsule is. Enlargement, abscess or bleeding stretches the capsule and can irritate the diaphragm and peritoneum lying against it. Osteopathic liver techniques are traditional and have no role in acute liver disease.',
        evidence: 'moderate',
        citations: [
          cite('standring-grays-2020', 'Standard text (not read): liver; diaphragm'),
          cite('giamberardino-2006-internal-organs'),
        ],
        techniques: ['liver-visceral', 'diaphragm-release'],
      }),
      link({
        from: at('diaphragm', 'midline'),
        to: at('shoulder', 'right'),
        mechanism: 'convergence-referral',
        via: [via('trapezius', 'right')],
        explanation:
          'As with the gallbladder, phrenic nerve fibres from C3–C5 share their segments with the skin of the shoulder tip, so the pain is projected there.',
        evidence: 'moderate',
        citations: [
          cite('standring-grays-2020', 'Standard text (not read): diaphragm: innervation'),
          cite('jin-2023-referred-pain'),
        ],
      }),
    ],
    conditions: ['cholecystitis'],
    redFlags: [
      'Right upper abdominal pain with jaundice, fever, weight loss or a history of alcohol excess: medical investigation first.',
    ],
    tags: ['visceral', 'phrenic'],
  }),
  chain({
    id: 'diaphragm-to-shoulder-tip',
    title: 'Diaphragm → shoulder tip (phrenic referral)',
    summary:
      'Anything irritating the diaphragm (blood, air, pus, inflamed organs) is felt at the tip of the shoulder on the same side.',
    links: [
      link({
        from: at('diaphragm', 'midline'),
        to: at('shoulder', 'same'),
        mechanism: 'convergence-referral',
        via: [via('diaphragm', 'midline'), via('scalenes', 'same'), via('trapezius', 'same')],
        explanation:
          'The central diaphragm is supplied by the phrenic nerve (C3–C5), which descends through the neck on the scalenus anterior. The same segments supply the skin over the shoulder, so irritation of the right or left hemidiaphragm is felt at the right or left shoulder tip. Pain often worsens with deep breathing or lying flat.',
        evidence: 'moderate',
        citations: [
          cite('standring-grays-2020', 'Standard text (not read): diaphragm: innervation'),
          cite('jin-2023-referred-pain'),
        ],
        techniques: ['diaphragm-release', 'cervical-soft-tissue'],
      }),
    ],
    conditions: ['cholecystitis'],
    redFlags: [
      'Shoulder-tip pain after abdominal trauma, with abdominal pain or in early pregnancy: possible internal bleeding (spleen, liver, ectopic pregnancy), emergency care.',
    ],
    tags: ['visceral', 'phrenic'],
  }),
  chain({
    id: 'spleen-to-left-shoulder',
    title: 'Spleen → diaphragm → left shoulder (Kehr sign)',
    summary:
      'Blood from a ruptured spleen irritates the left diaphragm and is felt at the left shoulder tip, a classic warning sign after abdominal trauma.',
    links: [
      link({
        from: at('spleen', 'midline'),
        to: at('diaphragm', 'midline'),
        mechanism: 'parietal-irritation',
        via: [via('diaphragm', 'midline')],
        explanation:
          'The spleen sits under the left ribs against the left hemidiaphragm. Splenic injury, bleeding or infarction irritates the diaphragm and peritoneum above it.',
        evidence: 'moderate',
        citations: [
          cite('standring-grays-2020', 'Standard text (not read): spleen; diaphragm'),
          cite('giamberardino-2006-internal-organs'),
        ],
      }),
      link({
        from: at('diaphragm', 'midline'),
        to: at('shoulder', 'left'),
        mechanism: 'convergence-referral',
        via: [via('trapezius', 'left')],
        explanation:
          'Through the C3–C5 phrenic segments the irritation is felt at the left shoulder tip (Kehr sign), sometimes only when lying flat with the legs raised.',
        evidence: 'moderate',
        citations: [
          cite('jin-2023-referred-pain'),
          cite('standring-grays-2020', 'Standard text (not read): diaphragm: innervation'),
        ],
      }),
    ],
    redFlags: [
      'Left shoulder-tip pain after a fall, sports collision or car accident, or with dizziness and a fast pulse: possible splenic rupture, emergency care.',
      'Recent glandular fever with left upper abdominal or shoulder pain: risk of splenic rupture.',
    ],
    tags: ['visceral', 'phrenic', 'emergency'],
  }),
  chain({
    id: 'stomach-to-epigastrium-and-back',
    title: 'Stomach and duodenum → epigastrium → mid back',
    summary:
      'Gastric and duodenal pain is felt in the epigastrium and can be felt through to the mid back at the same segmental level.',
    links: [
      link({
        from: at('stomach', 'midline'),
        to: at('epigastrium', 'midline'),
        mechanism: 'convergence-referral',
        explanation: `The stomach and first part of the duodenum send pain fibres to about T6–T9. ${CONVERGENCE_NOTE} Because the organ lies in the midline and its input reaches both sides of the cord, the pain is felt centrally in the epigastrium, often related to meals.`,
        evidence: 'moderate',
        citations: [
          cite('cartwright-2008-abdominal-pain'),
          cite('giamberardino-2006-internal-organs'),
        ],
      }),
      link({
        from: at('epigastrium', 'midline'),
        to: at('thoracic-spine', 'midline'),
        mechanism: 'viscerosomatic',
        via: [via('erector-spinae', 'same')],
        explanation:
          'The same segments supply the mid back, so the pain or paraspinal tension may be felt posteriorly; a posterior duodenal ulcer penetrating backwards typically does this. Osteopathic texts describe mid-thoracic paraspinal changes with gastric disease, but the evidence is largely observational.',
        evidence: 'limited',
        citations: [cite('beal-1985-viscerosomatic'), cite('giamberardino-2010-visceral-referred')],
        techniques: ['rib-raising', 'paraspinal-soft-tissue'],
      }),
    ],
    redFlags: [
      'Vomiting blood, black stools, sudden severe epigastric pain or a rigid abdomen: possible bleeding or perforated ulcer, emergency care.',
      'Epigastric pain with exertion, sweating or breathlessness: consider an inferior myocardial infarction.',
    ],
    tags: ['visceral'],
  }),
  chain({
    id: 'pancreas-to-back',
    title: 'Pancreas → epigastrium → back',
    summary:
      'Pancreatic pain is felt in the epigastrium and characteristically bores straight through to the back.',
    links: [
      link({
        from: at('pancreas', 'midline'),
        to: at('epigastrium', 'midline'),
        mechanism: 'convergence-referral',
        explanation: `The pancreas is supplied by splanchnic nerves entering the mid to lower thoracic cord. ${CONVERGENCE_NOTE} Acute pancreatitis usually starts as severe, constant epigastric pain.`,
        evidence: 'moderate',
        citations: [
          cite('cartwright-2008-abdominal-pain'),
          cite('giamberardino-2006-internal-organs'),
        ],
      }),
      link({
        from: at('epigastrium', 'midline'),
        to: at('thoracic-spine', 'midline'),
        mechanism: 'parietal-irritation',
        explanation:
          'Because the gland lies on the back wall of the abdomen, against the retroperitoneum, the pain radiates directly into the mid back and is often eased by sitting forward.',
        evidence: 'moderate',
        citations: [cite('cartwright-2008-abdominal-pain')],
      }),
    ],
    conditions: ['pancreatitis'],
    redFlags: [
      'Severe epigastric pain radiating to the back with vomiting, especially after alcohol or with gallstones: possible acute pancreatitis, emergency care.',
      'Persistent back pain with weight loss or new diabetes in an older adult: investigate for pancreatic cancer.',
    ],
    tags: ['visceral'],
  }),
  chain({
    id: 'kidney-to-flank',
    title: 'Kidney → flank and loin',
    summary:
      'Kidney pain is felt in the flank and at the angle between the lowest rib and the spine.',
    links: [
      link({
        from: at('kidney', 'same'),
        to: at('flank', 'same'),
        mechanism: 'convergence-referral',
        via: [via('quadratus-lumborum', 'same'), via('iliopsoas', 'same')],
        explanation: `The kidney and its capsule send pain fibres to about T10–L1 on the same side. ${CONVERGENCE_NOTE} Capsular stretch from obstruction or infection gives a deep ache in the flank and costovertebral angle, sometimes with muscle tenderness that can be mistaken for back pain.`,
        evidence: 'moderate',
        citations: [
          cite('giamberardino-2006-internal-organs'),
          cite('cartwright-2008-abdominal-pain'),
        ],
      }),
    ],
    conditions: ['renal-colic'],
    redFlags: [
      'Flank pain with fever, rigors or burning urination: possible kidney infection, urgent medical care.',
      'Flank pain in an older adult with a pulsatile abdominal mass or collapse: consider abdominal aortic aneurysm.',
    ],
    tags: ['visceral', 'urinary'],
  }),
  chain({
    id: 'ureter-to-groin',
    title: 'Ureter → lower abdomen → groin (loin-to-groin pain)',
    summary:
      'A stone moving down the ureter causes colicky pain that travels from the loin towards the groin and genitals on the same side.',
    links: [
      link({
        from: at('ureter', 'same'),
        to: at('iliac-fossa', 'same'),
        mechanism: 'convergence-referral',
        via: [via('iliopsoas', 'same')],
        explanation: `The ureter is supplied by about T11–L2, segment by segment from top to bottom. ${CONVERGENCE_NOTE} As the stone moves down, the pain moves from the loin into the lower abdomen.`,
        evidence: 'moderate',
        citations: [
          cite('giamberardino-2006-internal-organs'),
          cite('cartwright-2008-abdominal-pain'),
        ],
      }),
      link({
        from: at('iliac-fossa', 'same'),
        to: at('groin', 'same'),
        mechanism: 'convergence-referral',
        explanation:
          'Lower ureteric pain is felt in the groin and the scrotum or labia (L1 territory). The muscles of the referral zone can stay tender and hyperalgesic after the stone passes, a well-documented example of referred hyperalgesia.',
        evidence: 'moderate',
        citations: [
          cite('giamberardino-2010-visceral-referred'),
          cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
        ],
      }),
    ],
    conditions: ['renal-colic'],
    redFlags: [
      'Colicky loin-to-groin pain with fever: an infected obstructed kidney is an emergency.',
      'Only one kidney, no urine output or uncontrolled pain: urgent care.',
    ],
    tags: ['visceral', 'urinary'],
  }),
  chain({
    id: 'appendix-to-right-iliac-fossa',
    title: 'Appendix → navel → right iliac fossa',
    summary:
      'Appendicitis typically starts as vague pain around the navel and then settles in the right lower abdomen as the inflammation reaches the abdominal wall.',
    links: [
      link({
        from: at('appendix', 'midline'),
        to: at('umbilical', 'midline'),
        mechanism: 'convergence-referral',
        explanation: `The appendix develops from the midgut, whose visceral pain fibres enter the cord at about T10, the segment of the skin around the navel. ${CONVERGENCE_NOTE} Early appendicitis is therefore felt as dull central pain, often with loss of appetite and nausea.`,
        evidence: 'strong',
        citations: [
          cite('cartwright-2008-abdominal-pain'),
          cite('giamberardino-2006-internal-organs'),
        ],
      }),
      link({
        from: at('umbilical', 'midline'),
        to: at('iliac-fossa', 'right'),
        mechanism: 'parietal-irritation',
        via: [via('internal-oblique', 'right'), via('transversus-abdominis', 'right')],
        explanation:
          'When the inflamed appendix irritates the parietal peritoneum, which has somatic innervation, pain becomes sharp and well localised in the right iliac fossa, with reflex guarding of the abdominal wall muscles. This is somatic pain from the irritated lining, not referral through the nerves of the organ itself. Right lower quadrant pain strongly suggests appendicitis.',
        evidence: 'strong',
        citations: [cite('cartwright-2008-abdominal-pain')],
      }),
    ],
    conditions: ['appendicitis'],
    redFlags: [
      'Pain moving from the navel to the right lower abdomen with fever, vomiting or guarding: surgical emergency. Do not treat manually.',
    ],
    tags: ['visceral', 'emergency'],
  }),
  chain({
    id: 'bladder-to-suprapubic',
    title: 'Bladder → suprapubic region',
    summary: 'Bladder pain and urgency are felt low in the midline above the pubic bone.',
    links: [
      link({
        from: at('bladder', 'midline'),
        to: at('hypogastrium', 'midline'),
        mechanism: 'convergence-referral',
        explanation: `The bladder has sympathetic afferents entering around T11–L2 and parasympathetic afferents from S2–S4. ${CONVERGENCE_NOTE} Cystitis or distension is felt as suprapubic pressure and pain, sometimes with referral to the perineum.`,
        evidence: 'moderate',
        citations: [
          cite('giamberardino-2006-internal-organs'),
          cite('standring-grays-2020', 'Standard text (not read): bladder: innervation'),
        ],
      }),
    ],
    redFlags: [
      'Painless inability to pass urine, or loss of bladder control with back pain and saddle numbness: possible cauda equina syndrome, emergency care.',
      'Blood in the urine, fever or loin pain: medical assessment.',
    ],
    tags: ['visceral', 'urinary'],
  }),
  chain({
    id: 'uterus-to-low-back',
    title: 'Uterus → lower abdomen → sacrum and low back',
    summary:
      'Menstrual cramps are felt in the lower abdomen and commonly spread to the low back and sacrum, which share the same spinal segments.',
    links: [
      link({
        from: at('uterus', 'midline'),
        to: at('hypogastrium', 'midline'),
        mechanism: 'convergence-referral',
        explanation: `Pain fibres from the body of the uterus travel with sympathetic nerves to about T10–L1. ${CONVERGENCE_NOTE} Uterine contractions are felt as cramping suprapubic pain.`,
        evidence: 'moderate',
        citations: [
          cite('giamberardino-2006-internal-organs'),
          cite('proctor-2006-dysmenorrhoea-cochrane'),
        ],
      }),
      link({
        from: at('hypogastrium', 'midline'),
        to: at('sacrum', 'midline'),
        mechanism: 'viscerosomatic',
        via: [
          via('thoracolumbar-fascia', 'midline'),
          via('multifidus', 'same'),
          via('multifidus', 'opposite'),
        ],
        explanation:
          'The same segments, plus the sacral segments S2–S4 that carry fibres from the cervix, supply the low back and sacrum, so the pain and a sense of muscle tension spread there. Osteopathic texts describe lumbosacral tissue changes with pelvic organ disorders; this is mainly observational.',
        evidence: 'limited',
        citations: [cite('beal-1985-viscerosomatic'), cite('giamberardino-2010-visceral-referred')],
        techniques: ['sacral-balanced-ligamentous', 'lumbar-functional', 'lumbar-counterstrain'],
      }),
    ],
    conditions: ['menstrual-pain', 'low-back-pain'],
    redFlags: [
      'Severe pelvic pain with a positive pregnancy test, fainting or shoulder-tip pain: possible ectopic pregnancy, emergency care.',
      'Heavy or irregular bleeding, pain between periods or pain during intercourse: investigate for endometriosis or other gynaecological disease.',
    ],
    tags: ['visceral', "women's health"],
  }),
  chain({
    id: 'lungs-to-upper-thoracic',
    title: 'Lungs and airways → upper thoracic spine (viscerosomatic)',
    summary:
      'Osteopathic teaching describes paraspinal tension and tenderness in the upper thoracic spine in lung and airway disease, including asthma.',
    links: [
      link({
        from: at('lungs', 'midline'),
        to: at('thoracic-spine', 'midline'),
        mechanism: 'viscerosomatic',
        via: [
          via('erector-spinae', 'same'),
          via('erector-spinae', 'opposite'),
          via('rhomboids', 'same'),
        ],
        explanation:
          'Sympathetic fibres to the lungs come from the upper thoracic segments, so ongoing input from inflamed airways is thought to facilitate those segments and tighten the paraspinal muscles and ribs there. Palpable changes have been reported in patients with lung disease, but studies are small and examiner-dependent. The parietal pleura, unlike the lung, is pain-sensitive and gives sharp, local chest-wall pain.',
        evidence: 'limited',
        citations: [cite('beal-1985-viscerosomatic'), cite('cicchitti-2015-cid-osteopathy')],
        techniques: ['rib-raising', 'paraspinal-soft-tissue', 'thoracic-lymphatic-pump'],
      }),
    ],
    conditions: ['asthma'],
    redFlags: [
      'Sudden breathlessness with sharp chest pain: consider pneumothorax or pulmonary embolism, emergency care.',
      'Persistent cough with blood, weight loss or night sweats: investigate.',
    ],
    tags: ['respiratory', 'viscerosomatic'],
  }),
  chain({
    id: 'colon-to-low-back',
    title: 'Colon → lower thoracic and lumbar spine (viscerosomatic)',
    summary:
      'Colonic disorders are associated, in osteopathic teaching, with tenderness and tension at the thoracolumbar junction and lumbar spine.',
    links: [
      link({
        from: at('colon', 'midline'),
        to: at('lumbar-spine', 'midline'),
        mechanism: 'viscerosomatic',
        via: [
          via('erector-spinae', 'same'),
          via('quadratus-lumborum', 'same'),
          via('iliopsoas', 'same'),
        ],
        explanation:
          'The colon receives sympathetic fibres from roughly the lower thoracic and upper lumbar segments, and its pain can be felt in the lower abdomen and lower back. Osteopathic viscerosomatic charts place colonic reflexes around T10–L2; these charts come from clinical experience and small studies. Lower abdominal pain with bowel changes needs medical assessment first.',
        evidence: 'limited',
        citations: [cite('beal-1985-viscerosomatic'), cite('giamberardino-2006-internal-organs')],
        techniques: ['colon-visceral', 'mesenteric-release', 'lumbar-functional'],
      }),
    ],
    conditions: ['low-back-pain'],
    redFlags: [
      'Change in bowel habit, blood in the stool, weight loss or anaemia: investigate for colorectal cancer.',
      'Severe abdominal pain with fever or a distended, silent abdomen: emergency care.',
    ],
    tags: ['visceral', 'viscerosomatic'],
  }),
  chain({
    id: 'small-intestine-to-umbilicus',
    title: 'Small intestine → navel',
    summary: 'Small-bowel pain is vague, crampy and felt around the navel.',
    links: [
      link({
        from: at('small-intestine', 'midline'),
        to: at('umbilical', 'midline'),
        mechanism: 'convergence-referral',
        explanation: `The small intestine is midgut, supplied through the superior mesenteric plexus from about T9–T11. ${CONVERGENCE_NOTE} Because the input reaches both sides of the cord, the pain is midline, poorly localised and periumbilical.`,
        evidence: 'moderate',
        citations: [
          cite('giamberardino-2006-internal-organs'),
          cite('cartwright-2008-abdominal-pain'),
        ],
        techniques: ['mesenteric-release'],
      }),
    ],
    redFlags: [
      'Colicky central pain with vomiting, distension and no passage of stool or wind: possible bowel obstruction, emergency care.',
      'Pain out of proportion to examination in an older adult with atrial fibrillation: consider mesenteric ischaemia.',
    ],
    tags: ['visceral'],
  }),
];
