/**
 * Conditions: what the student searches for ("sciatica", "tennis elbow"), the regions and chains
 * involved, the techniques commonly used, an honest summary of the evidence for OMT, and red flags.
 * `chains` is derived from the chains that name the condition, so the two lists never disagree.
 */
import type { z } from 'zod';
import { chains } from './chains';
import {
  cite,
  type CitationInput,
  type ConditionId,
  type TechniqueVariantId,
} from './chains/helpers';
import type { RegionBaseId } from './ids';
import type { conditionSchema } from './schema';

export type ConditionInput = z.input<typeof conditionSchema>;

interface ConditionSpec {
  id: ConditionId;
  name: string;
  aliases: string[];
  group:
    | 'Headache'
    | 'Spine'
    | 'Upper limb'
    | 'Lower limb'
    | 'Visceral'
    | 'Systemic'
    | 'Respiratory'
    | 'Pelvic'
    | 'Head and face';
  regions: RegionBaseId[];
  techniques: TechniqueVariantId[];
  evidenceSummary: string;
  evidence: ConditionInput['evidence'];
  redFlags: string[];
  citations: CitationInput[];
}

function chainsNaming(id: ConditionId): string[] {
  return chains.filter((c) => c.conditions.includes(id)).map((c) => c.id);
}

function condition(spec: ConditionSpec): ConditionInput {
  return { ...spec, chains: chainsNaming(spec.id) };
}

const HEADACHE_RED_FLAGS = [
  'Sudden severe "thunderclap" headache peaking within a minute.',
  'Headache with fever, neck stiffness, rash or confusion.',
  'New neurological deficit, papilloedema or decreased consciousness.',
  'New headache after age 50, a clear change in pattern, or progressive headache.',
  'Headache triggered by coughing, straining or exercise, or changing with posture.',
  'Headache in pregnancy or after childbirth, after head trauma, or with cancer or immunosuppression.',
];

const BACK_RED_FLAGS = [
  'Saddle numbness, new urinary retention or incontinence, faecal incontinence or bilateral leg symptoms (cauda equina syndrome): emergency referral.',
  'Progressive leg weakness or foot drop.',
  'Fever, unexplained weight loss, history of cancer, intravenous drug use or immunosuppression.',
  'Significant trauma, or minor trauma with osteoporosis or long-term steroid use (possible fracture).',
  'Constant night pain not eased by position.',
];

export const conditions: ConditionInput[] = [
  // --- headache ---
  condition({
    id: 'tension-headache',
    name: 'Tension-type headache',
    aliases: [
      'tension headache',
      'stress headache',
      'muscle contraction headache',
      'TTH',
      'band-like headache',
    ],
    group: 'Headache',
    regions: ['cranium', 'forehead', 'occiput', 'temple', 'cervical-spine'],
    techniques: [
      'suboccipital-release',
      'cervical-soft-tissue',
      'cervical-muscle-energy',
      'cervical-fpr',
      'cv4',
    ],
    evidenceSummary:
      'Tension-type headache is a bilateral, pressing headache of mild to moderate intensity without the nausea of migraine. Referred pain from trigger points in neck and shoulder muscles reproduces the headache in many patients and may help drive central sensitisation. A small randomised pilot trial found fewer headache days after OMT than after sham, and a systematic review rated the overall evidence for osteopathy in primary headache as low; larger trials are needed.',
    evidence: 'limited',
    redFlags: HEADACHE_RED_FLAGS,
    citations: [
      cite('ichd-3-2018', '2. Tension-type headache'),
      cite('rolle-2014-tth-pilot'),
      cite('cerritelli-2017-headache-review'),
      cite('fernandez-2007-trapezius-ctth'),
      cite('do-2019-snnoop10'),
    ],
  }),
  condition({
    id: 'migraine',
    name: 'Migraine',
    aliases: [
      'migraine headache',
      'sick headache',
      'hemicrania',
      'migraine with aura',
      'chronic migraine',
    ],
    group: 'Headache',
    regions: ['temple', 'orbit', 'forehead', 'occiput', 'cervical-spine'],
    techniques: ['suboccipital-release', 'cervical-soft-tissue', 'cv4', 'cervical-fpr'],
    evidenceSummary:
      'Migraine is a primary brain disorder with recurrent, often one-sided throbbing headache, nausea and sensitivity to light and sound. Neck muscle trigger points and neck pain are common in migraine and may act as triggers through the trigeminocervical system. One three-armed randomised trial in chronic migraine found OMT added to medication reduced disability and drug use compared with sham and medication alone, but a systematic review judged the evidence preliminary and of low quality. OMT is an adjunct, not a replacement for migraine medicine.',
    evidence: 'limited',
    redFlags: [
      ...HEADACHE_RED_FLAGS,
      'First aura after age 40, aura lasting more than an hour, or motor weakness: exclude stroke or TIA.',
    ],
    citations: [
      cite('ichd-3-2018', '1. Migraine'),
      cite('cerritelli-2015-migraine-rct'),
      cite('cerritelli-2017-headache-review'),
      cite('fernandez-2015-myofascial-head-pain'),
      cite('do-2019-snnoop10'),
    ],
  }),
  condition({
    id: 'cluster-headache',
    name: 'Cluster headache',
    aliases: [
      'cluster headaches',
      'suicide headache',
      'trigeminal autonomic cephalalgia',
      'alarm clock headache',
    ],
    group: 'Headache',
    regions: ['orbit', 'temple'],
    techniques: [],
    evidenceSummary:
      'Cluster headache is a trigeminal autonomic cephalalgia: attacks of severe one-sided pain around the eye and temple lasting 15 to 180 minutes, with a watering red eye, blocked nose or drooping eyelid on the same side. It needs neurological diagnosis and specific treatment such as oxygen and triptans. Trigger points can reproduce parts of the pain pattern in some patients, but no trials support OMT for cluster headache; manual treatment should not delay proper care.',
    evidence: 'against',
    redFlags: [
      ...HEADACHE_RED_FLAGS,
      'A painful red eye with blurred vision and haloes: exclude acute angle-closure glaucoma.',
      'First-ever cluster-like attacks need imaging to exclude a secondary cause.',
    ],
    citations: [
      cite('ichd-3-2018', '3.1 Cluster headache'),
      cite('fernandez-2015-myofascial-head-pain'),
      cite('do-2019-snnoop10'),
    ],
  }),
  condition({
    id: 'sinus-headache',
    name: 'Sinus headache',
    aliases: ['sinus pain', 'sinus pressure', 'rhinosinusitis headache', 'facial pressure'],
    group: 'Headache',
    regions: ['forehead', 'face', 'orbit', 'paranasal-sinuses'],
    techniques: [
      'cv4',
      'thoracic-inlet-myofascial-release',
      'cervical-soft-tissue',
      'thoracic-lymphatic-pump',
    ],
    evidenceSummary:
      'True headache from the sinuses occurs with acute or chronic rhinosinusitis and follows the sinus disease. Many people who call their headaches "sinus headaches" actually have migraine or tension-type headache, which can also cause frontal pain and nasal symptoms. OMT for sinus symptoms rests on small uncontrolled or non-randomised studies reporting short-term relief.',
    evidence: 'limited',
    redFlags: [
      'Swelling, redness or pain around the eye, double vision or reduced vision.',
      'Severe headache with high fever, neck stiffness or confusion.',
      ...HEADACHE_RED_FLAGS.slice(2),
    ],
    citations: [
      cite('ichd-3-2018', '11.5 Headache attributed to disorder of the nose or paranasal sinuses'),
      cite('rowane-2025-rhinosinusitis'),
      cite('do-2019-snnoop10'),
    ],
  }),
  condition({
    id: 'cervicogenic-headache',
    name: 'Cervicogenic headache',
    aliases: ['neck headache', 'headache from the neck', 'occipital headache', 'cervical headache'],
    group: 'Headache',
    regions: ['occiput', 'cervical-spine', 'orbit', 'forehead', 'temple'],
    techniques: [
      'suboccipital-release',
      'cervical-muscle-energy',
      'cervical-hvla',
      'cervical-fpr',
      'cervical-soft-tissue',
    ],
    evidenceSummary:
      'Cervicogenic headache is pain referred to the head from the upper cervical joints or muscles, usually one-sided and provoked by neck movement. The mechanism (convergence in the trigeminocervical nucleus) is well supported, and diagnostic nerve blocks can confirm a neck source, but clinical signs alone diagnose it poorly. Manual therapy and exercise show modest benefit in trials; evidence specific to OMT is limited.',
    evidence: 'limited',
    redFlags: [
      ...HEADACHE_RED_FLAGS,
      'Neck pain and headache after trauma or with dizziness, double vision, speech disturbance or drop attacks: consider vertebral artery dissection and avoid cervical HVLA.',
    ],
    citations: [
      cite('bogduk-govind-2009'),
      cite('ichd-3-2018', '11.2.1 Cervicogenic headache'),
      cite('cerritelli-2017-headache-review'),
    ],
  }),
  // --- spine ---
  condition({
    id: 'neck-pain',
    name: 'Neck pain',
    aliases: ['stiff neck', 'cervicalgia', 'sore neck', 'crick in the neck', 'wry neck'],
    group: 'Spine',
    regions: ['cervical-spine', 'occiput', 'shoulder', 'scapula'],
    techniques: [
      'cervical-soft-tissue',
      'cervical-muscle-energy',
      'cervical-hvla',
      'cervical-fpr',
      'suboccipital-release',
      'supine-thoracic-hvla',
    ],
    evidenceSummary:
      'Most neck pain is non-specific, without a single identifiable structural cause. A 2015 meta-analysis of three randomised trials at low risk of bias found moderate-quality evidence that OMT reduced pain in chronic non-specific neck pain compared with other care (mean difference −13.04, 95% CI −20.64 to −5.44), with no significant effect on function. Against a sham treatment the picture changes: a 2024 meta-analysis of sham-controlled trials in neck and low back pain found no significant difference in pain (SMD −0.15, 95% CI −0.38 to 0.08; 7 trials, 1173 patients) or disability (SMD −0.09, −0.25 to 0.08), with moderate to very low certainty. Because the trials disagree by comparison, the level here is limited. Neck and thoracic treatment is commonly combined with exercise.',
    evidence: 'limited',
    redFlags: [
      'Clumsy hands, gait disturbance or bladder changes (cervical myelopathy).',
      'Trauma, suspected fracture or instability (e.g. rheumatoid arthritis, Down syndrome).',
      'Sudden severe neck pain with headache, dizziness or neurological symptoms (possible arterial dissection).',
      'Fever, weight loss or history of cancer.',
    ],
    citations: [
      cite('franke-2015-omt-neck', 'Abstract: data synthesis'),
      cite('ceballos-laita-omt-sham-2024', 'Abstract: results'),
      cite('eubanks-2010-cervical-radiculopathy'),
      cite('bogduk-govind-2009'),
    ],
  }),
  condition({
    id: 'low-back-pain',
    name: 'Low back pain',
    aliases: ['lower back pain', 'back pain', 'lumbago', 'LBP', 'backache', 'sore back'],
    group: 'Spine',
    regions: ['lumbar-spine', 'sacrum', 'buttock'],
    techniques: [
      'lumbar-roll-hvla',
      'lumbar-counterstrain',
      'lumbar-functional',
      'thoracolumbar-myofascial-release',
      'paraspinal-soft-tissue',
      'innominate-muscle-energy',
      'sacral-balanced-ligamentous',
    ],
    evidenceSummary:
      'Non-specific low back pain has the largest evidence base for OMT, and what the trials show depends on the comparison. A 2014 meta-analysis found moderate-quality evidence that OMT reduced pain (mean difference −12.91, 95% CI −20.00 to −5.82) and improved function (SMD −0.36, −0.58 to −0.14) three months after treatment in acute and chronic non-specific low back pain. In the largest sham-controlled trial (OSTEOPATHIC, 455 adults with chronic low back pain), 63% after OMT against 46% after sham OMT had at least 30% less pain at 12 weeks (response ratio 1.38, 95% CI 1.16 to 1.64), but back-specific function did not differ. A 2024 meta-analysis of sham-controlled trials in neck and low back pain found no significant difference in pain (SMD −0.15, −0.38 to 0.08) or disability. For spinal manipulation in general, a 2019 review of 47 trials found effects similar to other recommended treatments for chronic low back pain, and in the UK BEAM trial adding manipulation to best care in general practice improved the Roland Morris disability score by 1.6 points (0.8 to 2.3) at three months and 1.0 (0.2 to 1.8) at twelve. The American Osteopathic Association guideline recommends OMT for low back pain with somatic dysfunction. Effects are modest, and guidelines pair manual therapy with advice to stay active and exercise. Low back pain from visceral disease is excluded from this evidence.',
    evidence: 'moderate',
    redFlags: BACK_RED_FLAGS,
    citations: [
      cite('franke-omt-lbp-2014', 'Abstract: results'),
      cite('licciardone-osteopathic-trial-2013', 'Abstract: results'),
      cite('ceballos-laita-omt-sham-2024', 'Abstract: results'),
      cite('rubinstein-smt-clbp-2019', 'Abstract: results'),
      cite('uk-beam-2004', 'Abstract: results'),
      cite('aoa-lbp-guideline-2016'),
      cite('gardner-2011-cauda-equina'),
    ],
  }),
  condition({
    id: 'sciatica',
    name: 'Sciatica',
    aliases: [
      'lumbar radiculopathy',
      'lumbosacral radicular pain',
      'pinched nerve in the back',
      'leg pain from the back',
      'slipped disc',
    ],
    group: 'Spine',
    regions: ['lumbar-spine', 'buttock', 'posterior-thigh', 'calf', 'shin', 'foot', 'sole'],
    techniques: [
      'lumbar-counterstrain',
      'lumbar-functional',
      'piriformis-counterstrain',
      'gluteal-soft-tissue',
      'paraspinal-soft-tissue',
    ],
    evidenceSummary:
      'Sciatica is leg pain, usually below the knee, from irritation of a lumbosacral nerve root, most often by a disc herniation at L4–L5 or L5–S1. Many patients improve within weeks to months with conservative care. Evidence for spinal manipulation or OMT in sciatica is limited and of low certainty; gentle indirect techniques are often preferred, and high-velocity thrusts are avoided when there is neurological deficit.',
    evidence: 'limited',
    redFlags: BACK_RED_FLAGS,
    citations: [
      cite('jensen-2019-sciatica'),
      cite('gardner-2011-cauda-equina'),
      cite(
        'murphy-2009-radicular-patterns',
        'Abstract: results (most root pain non-dermatomal; S1 the exception)',
      ),
    ],
  }),
  condition({
    id: 'cervical-radiculopathy',
    name: 'Cervical radiculopathy',
    aliases: [
      'pinched nerve in the neck',
      'brachialgia',
      'cervical radicular pain',
      'arm pain from the neck',
    ],
    group: 'Spine',
    regions: ['cervical-spine', 'shoulder', 'upper-arm', 'forearm', 'hand', 'scapula'],
    techniques: [
      'cervical-soft-tissue',
      'cervical-fpr',
      'scalene-counterstrain',
      'thoracic-inlet-myofascial-release',
    ],
    evidenceSummary:
      'Cervical radiculopathy is neck and arm pain, numbness or weakness in the distribution of a cervical nerve root, usually C6 or C7, from disc herniation or foraminal narrowing. Most patients improve with time and non-operative care. There is little high-quality evidence for any single non-operative treatment; manipulation may help neck discomfort, but thrust techniques are avoided when deficits are progressing.',
    evidence: 'limited',
    redFlags: [
      'Signs of myelopathy: clumsy hands, gait disturbance, bladder changes, brisk reflexes.',
      'Progressive or severe motor weakness.',
      'Fever, weight loss or history of cancer.',
    ],
    citations: [
      cite('eubanks-2010-cervical-radiculopathy'),
      cite('lee-2008-dermatomes', 'Abstract: evidence-based map; overlap and variability'),
      cite(
        'murphy-2009-radicular-patterns',
        'Abstract: results (most root pain non-dermatomal; S1 the exception)',
      ),
    ],
  }),
  // --- upper limb ---
  condition({
    id: 'carpal-tunnel-syndrome',
    name: 'Carpal tunnel syndrome',
    aliases: [
      'CTS',
      'median nerve entrapment',
      'carpal tunnel',
      'numb fingers at night',
      'tingling hand',
    ],
    group: 'Upper limb',
    regions: ['wrist', 'hand', 'forearm', 'cervical-spine'],
    techniques: [
      'thoracic-inlet-myofascial-release',
      'scalene-counterstrain',
      'cervical-soft-tissue',
    ],
    evidenceSummary:
      'Carpal tunnel syndrome is compression of the median nerve under the transverse carpal ligament, causing numbness and tingling in the thumb, index and middle fingers, often at night. An osteopathic review describes examining the whole path of the nerve from the neck to the wrist and reports small studies of OMT with improved symptoms, but high-quality trials are lacking. Splinting and injection remain standard first-line care, and surgery is indicated for severe or progressive cases.',
    evidence: 'limited',
    redFlags: [
      'Wasting of the thenar muscles or constant numbness.',
      'Rapid onset after wrist trauma or with a swollen wrist.',
      'Symptoms in both hands with other neurological signs: consider cervical myelopathy or polyneuropathy.',
    ],
    citations: [
      cite('siu-2012-omm-cts'),
      cite('upton-mccomas-1973'),
      cite('eubanks-2010-cervical-radiculopathy'),
    ],
  }),
  condition({
    id: 'lateral-epicondylalgia',
    name: 'Lateral epicondylalgia',
    aliases: [
      'tennis elbow',
      'lateral epicondylitis',
      'lateral elbow tendinopathy',
      'lateral elbow pain',
    ],
    group: 'Upper limb',
    regions: ['elbow', 'forearm', 'cervical-spine'],
    techniques: ['cervical-soft-tissue', 'cervical-fpr', 'cervical-muscle-energy'],
    evidenceSummary:
      'Lateral epicondylalgia is pain at the outer elbow where the wrist extensor tendons attach, worse with gripping. Motor changes appear on both sides in people with one painful elbow, pointing to nervous-system involvement, and the lower cervical roots can refer pain to the same area. No trials of OMT for tennis elbow were identified; neck assessment is a reasonable part of a regional examination, but treatment evidence is lacking.',
    evidence: 'expert-opinion',
    redFlags: [
      'Elbow pain with neck pain, arm numbness or weakness: assess for cervical radiculopathy.',
      'A hot, swollen elbow or inability to move it after trauma.',
    ],
    citations: [
      cite('bisset-2006-lateral-epicondylalgia'),
      cite('eubanks-2010-cervical-radiculopathy'),
      cite('sueki-2013-regional-interdependence'),
    ],
  }),
  condition({
    id: 'frozen-shoulder',
    name: 'Adhesive capsulitis',
    aliases: [
      'frozen shoulder',
      'adhesive capsulitis',
      'stiff shoulder',
      'periarthritis of the shoulder',
    ],
    group: 'Upper limb',
    regions: ['shoulder', 'upper-arm', 'scapula'],
    techniques: ['spencer-shoulder', 'cervical-soft-tissue', 'supine-thoracic-hvla'],
    evidenceSummary:
      'Adhesive capsulitis is painful, progressive loss of both active and passive shoulder movement from thickening of the joint capsule. In a small randomised trial of older adults with various chronic shoulder problems, both the Spencer articulatory sequence and a placebo position improved range of motion and pain during treatment, but only the Spencer group kept improving afterwards; evidence specific to frozen shoulder is limited. Referred pain from the neck, infraspinatus and viscera should be excluded.',
    evidence: 'limited',
    redFlags: [
      'Shoulder pain with a full, painless range of movement: think of referred pain from the heart, lungs, diaphragm, gallbladder or liver.',
      'Shoulder pain after trauma with deformity or inability to lift the arm (fracture, dislocation, cuff tear).',
      'Fever or a hot, swollen joint (septic arthritis).',
    ],
    citations: [
      cite('knebl-spencer-2002'),
      cite('travell-simons-2019', 'Standard text (not read): infraspinatus chapter'),
      cite('jin-2023-referred-pain'),
    ],
  }),
  // --- lower limb ---
  condition({
    id: 'piriformis-syndrome',
    name: 'Piriformis syndrome',
    aliases: ['deep gluteal syndrome', 'piriformis', 'buttock sciatica', 'wallet sciatica'],
    group: 'Lower limb',
    regions: ['buttock', 'hip', 'posterior-thigh', 'sacrum'],
    techniques: [
      'piriformis-counterstrain',
      'gluteal-soft-tissue',
      'hip-articulatory',
      'sacral-balanced-ligamentous',
    ],
    evidenceSummary:
      'Piriformis syndrome is proposed compression or irritation of the sciatic nerve by the piriformis muscle. A systematic review found four common features (buttock pain, tenderness near the greater sciatic notch, pain worse with sitting, and pain on stretching the muscle) but no validated diagnostic test, and the condition remains controversial. Counterstrain and soft-tissue techniques are widely used, but controlled trials of OMT are lacking.',
    evidence: 'expert-opinion',
    redFlags: BACK_RED_FLAGS,
    citations: [
      cite('hopayian-2010-piriformis'),
      cite('travell-simons-2019', 'Standard text (not read): piriformis chapter'),
      cite('jensen-2019-sciatica'),
    ],
  }),
  condition({
    id: 'plantar-fasciitis',
    name: 'Plantar fasciitis',
    aliases: [
      'plantar heel pain',
      'heel pain',
      'policeman heel',
      'plantar fasciopathy',
      'heel spur pain',
    ],
    group: 'Lower limb',
    regions: ['sole', 'calf', 'ankle'],
    techniques: ['plantar-fascia-myofascial-release', 'ankle-articulatory', 'ankle-blt'],
    evidenceSummary:
      'Plantar fasciitis causes pain under the inner heel, worst with the first steps in the morning. Limited ankle dorsiflexion, high body mass index and prolonged weight-bearing are recognised risk factors, and people with plantar fasciitis show tighter calves and hamstrings than controls. Stretching, taping and orthoses are standard; manual therapy to the calf and fascia is used, but trials of OMT specifically are few.',
    evidence: 'limited',
    redFlags: [
      'Heel pain with night pain, fever or swelling (infection, tumour).',
      'Pain after a sudden increase in running, with focal bone tenderness (calcaneal stress fracture).',
      'Burning, tingling or numbness (tarsal tunnel syndrome or S1 radiculopathy).',
      'Heel pain in both feet with other joint or back inflammation (spondyloarthritis).',
    ],
    citations: [
      cite('martin-2014-heel-pain-cpg'),
      cite('aranda-bolivar-2013-plantar'),
      cite('travell-simons-2019', 'Standard text (not read): soleus chapter'),
    ],
  }),
  condition({
    id: 'patellofemoral-pain',
    name: 'Patellofemoral pain',
    aliases: [
      'runner knee',
      'anterior knee pain',
      'patellofemoral pain syndrome',
      'PFPS',
      'kneecap pain',
    ],
    group: 'Lower limb',
    regions: ['knee', 'hip', 'thigh'],
    techniques: [
      'hip-articulatory',
      'knee-blt',
      'gluteal-soft-tissue',
      'neuromuscular-muscle-testing',
    ],
    evidenceSummary:
      'Patellofemoral pain is pain around or behind the kneecap with squatting, stairs and running. Biomechanical research links it with poor hip and trunk control that lets the knee collapse inward, supporting hip-focused exercise. No trials of OMT for patellofemoral pain were identified; manual treatment of hip and ankle restrictions is a reasoned adjunct to exercise, not an established treatment.',
    evidence: 'expert-opinion',
    redFlags: [
      'Locking, giving way or marked swelling after injury (internal derangement).',
      'Knee pain in a child or teenager with a limp: examine the hip (slipped upper femoral epiphysis refers to the knee).',
      'Hot swollen knee with fever.',
    ],
    citations: [
      cite('powers-2010-hip-knee'),
      cite('hewett-2005-acl-valgus'),
      cite('lima-2018-ankle-dorsiflexion-valgus'),
    ],
  }),
  condition({
    id: 'chronic-ankle-instability',
    name: 'Chronic ankle instability',
    aliases: [
      'recurrent ankle sprain',
      'weak ankle',
      'ankle giving way',
      'lateral ankle sprain',
      'sprained ankle',
    ],
    group: 'Lower limb',
    regions: ['ankle', 'foot', 'knee', 'hip'],
    techniques: [
      'ankle-articulatory',
      'ankle-blt',
      'hip-articulatory',
      'neuromuscular-muscle-testing',
    ],
    evidenceSummary:
      'After an ankle sprain, some people keep having the ankle give way, with ongoing pain and poor balance. Studies report hip abductor weakness on the injured side and link reduced ankle dorsiflexion with inward knee collapse, so the whole limb is assessed. Balance and strength training are the core treatment; evidence for OMT in ankle instability is lacking beyond plausible joint mobilisation.',
    evidence: 'expert-opinion',
    redFlags: [
      'Unable to bear weight or bony tenderness after injury (possible fracture).',
      'Severe swelling, deformity or a palpable gap in a tendon.',
    ],
    citations: [
      cite('friel-2006-hip-abductor-ankle'),
      cite('lima-2018-ankle-dorsiflexion-valgus'),
      cite('sueki-2013-regional-interdependence'),
    ],
  }),
  condition({
    id: 'osteoarthritis',
    name: 'Osteoarthritis and joint pain',
    aliases: [
      'osteoarthritis',
      'arthritis',
      'OA',
      'joint pain',
      'degenerative joint disease',
      'wear and tear',
      'knee arthritis',
      'hip arthritis',
    ],
    group: 'Systemic',
    regions: ['knee', 'hip', 'hand', 'lumbar-spine', 'cervical-spine'],
    techniques: ['knee-blt', 'hip-articulatory', 'ankle-articulatory', 'spencer-shoulder'],
    evidenceSummary:
      'Osteoarthritis is degeneration of joint cartilage and bone with pain and stiffness, most often in the knees, hips, hands and spine. A meta-analysis of manual therapy for knee osteoarthritis found pain relief compared with usual care, but the included studies were of limited quality. Exercise and weight management remain first-line care; manual therapy is a reasonable adjunct.',
    evidence: 'limited',
    redFlags: [
      'A hot, red, swollen joint with fever (septic arthritis or gout).',
      'Rest and night pain with weight loss (tumour).',
      'Sudden inability to bear weight (fracture or osteonecrosis).',
    ],
    citations: [cite('zhu-2024-knee-oa-manual-therapy'), cite('powers-2010-hip-knee')],
  }),
  // --- systemic, respiratory, pelvic, head and face ---
  condition({
    id: 'fibromyalgia',
    name: 'Fibromyalgia',
    aliases: [
      'fibromyalgia syndrome',
      'FMS',
      'widespread pain',
      'fibrositis',
      'chronic widespread pain',
    ],
    group: 'Systemic',
    regions: ['cervical-spine', 'thoracic-spine', 'lumbar-spine', 'shoulder', 'hip'],
    techniques: [
      'cervical-soft-tissue',
      'paraspinal-soft-tissue',
      'suboccipital-release',
      'cv4',
      'lumbar-counterstrain',
    ],
    evidenceSummary:
      'Fibromyalgia is chronic widespread pain with fatigue, poor sleep and cognitive symptoms, thought to reflect altered pain processing in the central nervous system. A small randomised pilot study found that OMT added to medication improved pain thresholds and function compared with medication alone. Evidence is limited to small trials; gentle techniques within a multidisciplinary plan with exercise and education are usual.',
    evidence: 'limited',
    redFlags: [
      'Weight loss, fever or night sweats.',
      'Joint swelling, rash or raised inflammatory markers (inflammatory arthritis, lupus, polymyalgia).',
      'New widespread pain after age 50 with morning stiffness of shoulders and hips (polymyalgia rheumatica).',
    ],
    citations: [cite('gamber-2002-fibromyalgia')],
  }),
  condition({
    id: 'asthma',
    name: 'Asthma',
    aliases: ['bronchial asthma', 'wheezing', 'reactive airway disease', 'asthmatic'],
    group: 'Respiratory',
    regions: ['lungs', 'chest', 'thoracic-spine', 'diaphragm'],
    techniques: [
      'rib-raising',
      'thoracic-lymphatic-pump',
      'diaphragm-release',
      'supine-thoracic-hvla',
      'suboccipital-release',
    ],
    evidenceSummary:
      'Asthma is chronic airway inflammation with reversible narrowing. Osteopathic techniques aim to ease chest-wall mechanics and autonomic tone, but a Cochrane review found insufficient evidence to support manual therapies for asthma, and a randomised pediatric trial of rib raising and suboccipital release found no significant change in lung function. OMT can only be an adjunct to guideline asthma medication.',
    evidence: 'limited',
    redFlags: [
      'Unable to complete sentences, breathlessness at rest, cyanosis, exhaustion, confusion or a silent chest: acute severe asthma, call emergency services.',
      'Reliever needed more than usual or not helping.',
    ],
    citations: [
      cite('hondras-2005-asthma-cochrane'),
      cite('jones-2021-omt-pediatric-asthma'),
      cite('cicchitti-2015-cid-osteopathy'),
    ],
  }),
  condition({
    id: 'menstrual-pain',
    name: 'Menstrual pain',
    aliases: [
      'dysmenorrhoea',
      'dysmenorrhea',
      'period pain',
      'menstrual cramps',
      'painful periods',
    ],
    group: 'Pelvic',
    regions: ['hypogastrium', 'lumbar-spine', 'sacrum', 'uterus'],
    techniques: [
      'sacral-balanced-ligamentous',
      'lumbar-functional',
      'lumbar-roll-hvla',
      'mesenteric-release',
    ],
    evidenceSummary:
      'Primary dysmenorrhoea is cramping lower abdominal pain with periods, often spreading to the low back and thighs. Lumbosacral dysfunction shares spinal segments with the uterus and may mimic or add to the pain. A Cochrane review found no evidence that high-velocity spinal manipulation is more effective than sham; other manual approaches have not been tested well.',
    evidence: 'limited',
    redFlags: [
      'Severe pelvic pain with a positive pregnancy test or missed period (ectopic pregnancy).',
      'Fever, abnormal discharge or pain with intercourse (infection, endometriosis).',
      'Heavy bleeding, bleeding between periods or new severe period pain later in life (secondary dysmenorrhoea).',
    ],
    citations: [
      cite('proctor-2006-dysmenorrhoea-cochrane'),
      cite('giamberardino-2006-internal-organs'),
    ],
  }),
  condition({
    id: 'sinus-disorder',
    name: 'Sinus disorder (rhinosinusitis)',
    aliases: [
      'sinusitis',
      'rhinosinusitis',
      'chronic sinusitis',
      'blocked sinuses',
      'sinus congestion',
    ],
    group: 'Head and face',
    regions: ['paranasal-sinuses', 'face', 'forehead', 'anterior-neck'],
    techniques: [
      'cv4',
      'thoracic-inlet-myofascial-release',
      'thoracic-lymphatic-pump',
      'cervical-soft-tissue',
      'rib-raising',
    ],
    evidenceSummary:
      'Rhinosinusitis is inflammation of the nose and sinuses with congestion, discharge, facial pressure and reduced smell. Osteopathic treatment aims to improve lymphatic drainage and autonomic balance of the head and neck. A small non-randomised study reported short-term symptom relief in chronic rhinosinusitis after an OMT sequence; randomised trials are lacking, so OMT is an adjunct to medical care.',
    evidence: 'limited',
    redFlags: [
      'Swelling or redness around the eye, double vision or reduced vision (orbital complication).',
      'Severe headache, high fever, neck stiffness or confusion (intracranial spread).',
      'One-sided blockage with bleeding or facial numbness (tumour).',
    ],
    citations: [cite('rowane-2025-rhinosinusitis'), cite('ichd-3-2018', '11.5')],
  }),
  condition({
    id: 'temporomandibular-dysfunction',
    name: 'Temporomandibular dysfunction',
    aliases: ['TMD', 'TMJ disorder', 'TMJ pain', 'jaw pain', 'bruxism', 'clicking jaw'],
    group: 'Head and face',
    regions: ['tmj', 'temple', 'face', 'cervical-spine'],
    techniques: ['tmj-muscle-energy', 'cervical-soft-tissue', 'suboccipital-release', 'cv4'],
    evidenceSummary:
      'Temporomandibular disorders cause pain in the jaw joint and chewing muscles, limited opening and joint sounds, and can cause headache. A randomised trial found OMT gave similar clinical improvement to conventional conservative therapy (splint and physiotherapy) with less medication use. Evidence is limited to a few small trials.',
    evidence: 'limited',
    redFlags: [
      'Jaw pain on chewing with temple tenderness or visual symptoms over age 50 (giant cell arteritis).',
      'Jaw pain with exertion (angina).',
      'Progressive numbness of the face, trismus with fever or a swelling (infection, tumour).',
    ],
    citations: [
      cite('cuccia-2010-tmd'),
      cite('ichd-3-2018', '11.7'),
      cite('travell-simons-2019', 'Standard text (not read): masticatory muscle chapters'),
    ],
  }),
  // --- visceral conditions (referred pain to recognise; OMT does not treat them) ---
  condition({
    id: 'angina',
    name: 'Angina and acute coronary syndrome',
    aliases: [
      'angina pectoris',
      'heart attack',
      'myocardial infarction',
      'cardiac chest pain',
      'chest pain',
    ],
    group: 'Visceral',
    regions: ['heart', 'sternum', 'chest', 'upper-arm', 'tmj', 'thoracic-spine'],
    techniques: [],
    evidenceSummary:
      'Angina is chest discomfort from insufficient blood flow to the heart muscle; at rest or prolonged it may be a heart attack. Its pain is referred to the breastbone, arm, neck, jaw or back, so it can present in a manual-therapy clinic as "musculoskeletal" pain. There is no evidence that OMT treats angina; the student\'s task is to recognise it and refer urgently.',
    evidence: 'against',
    redFlags: [
      'Chest pressure at rest or lasting more than a few minutes, with sweating, breathlessness, nausea or fainting: call emergency services.',
      'Arm, jaw or back pain brought on by exertion.',
    ],
    citations: [cite('gulati-2021-chest-pain'), cite('giamberardino-2006-internal-organs')],
  }),
  condition({
    id: 'cholecystitis',
    name: 'Gallbladder disease (biliary colic, cholecystitis)',
    aliases: [
      'gallstones',
      'biliary colic',
      'cholecystitis',
      'gallbladder attack',
      'cholelithiasis',
    ],
    group: 'Visceral',
    regions: ['gallbladder', 'hypochondrium', 'scapula', 'shoulder', 'epigastrium'],
    techniques: [],
    evidenceSummary:
      'Gallstones cause episodes of right upper abdominal pain, often after fatty meals, which can spread to the right shoulder blade and, with diaphragmatic irritation, to the right shoulder tip. Cholecystitis adds fever and persistent pain. OMT has no role in treating gallbladder disease; recognising the referral pattern prevents misdiagnosis as shoulder or back pain.',
    evidence: 'against',
    redFlags: [
      'Right upper abdominal pain with fever, jaundice or persistent vomiting: urgent medical assessment.',
    ],
    citations: [cite('cartwright-2008-abdominal-pain'), cite('giamberardino-2006-internal-organs')],
  }),
  condition({
    id: 'appendicitis',
    name: 'Appendicitis',
    aliases: ['appendix pain', 'acute appendicitis', 'right lower quadrant pain'],
    group: 'Visceral',
    regions: ['appendix', 'umbilical', 'iliac-fossa'],
    techniques: [],
    evidenceSummary:
      'Appendicitis typically starts with vague pain around the navel that moves to the right lower abdomen within hours, with loss of appetite, nausea and fever. It is a surgical emergency; there is no role for manual treatment.',
    evidence: 'against',
    redFlags: ['Any suspicion of appendicitis: same-day surgical assessment.'],
    citations: [cite('cartwright-2008-abdominal-pain')],
  }),
  condition({
    id: 'renal-colic',
    name: 'Renal colic (kidney stone)',
    aliases: [
      'kidney stone',
      'ureteric colic',
      'urolithiasis',
      'nephrolithiasis',
      'loin to groin pain',
    ],
    group: 'Visceral',
    regions: ['kidney', 'ureter', 'flank', 'iliac-fossa', 'groin'],
    techniques: [],
    evidenceSummary:
      'A stone in the kidney or ureter causes waves of severe flank pain that move towards the groin, often with blood in the urine. The referral zone can stay tender after the stone passes. OMT does not treat kidney stones; the pattern matters because it can be mistaken for back or hip pain.',
    evidence: 'against',
    redFlags: [
      'Colic with fever or rigors (infected obstructed kidney): emergency.',
      'Flank pain in an older adult with collapse or a pulsatile mass (aortic aneurysm).',
    ],
    citations: [
      cite('cartwright-2008-abdominal-pain'),
      cite('giamberardino-2010-visceral-referred'),
    ],
  }),
  condition({
    id: 'pancreatitis',
    name: 'Pancreatitis',
    aliases: ['acute pancreatitis', 'pancreatic pain', 'chronic pancreatitis'],
    group: 'Visceral',
    regions: ['pancreas', 'epigastrium', 'thoracic-spine'],
    techniques: [],
    evidenceSummary:
      'Acute pancreatitis causes severe constant epigastric pain radiating to the back, with vomiting, often linked to gallstones or alcohol. It needs hospital care; OMT has no role in treatment.',
    evidence: 'against',
    redFlags: ['Severe epigastric pain radiating to the back with vomiting: emergency care.'],
    citations: [cite('cartwright-2008-abdominal-pain')],
  }),
];
