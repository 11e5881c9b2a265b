/**
 * Body regions: one entry per base id of `REGION_PAIRING`. Names carry no side; the app prefixes
 * "Left " / "Right " for paired regions. Aliases hold lay and anatomical words people search with.
 */
import type { z } from 'zod';
import type { regionSchema } from './schema';

type RegionInput = z.input<typeof regionSchema>;

export const regions: RegionInput[] = [
  // --- head and neck (surface) ---
  {
    id: 'cranium',
    name: 'Top of the head',
    kind: 'surface',
    paired: false,
    group: 'head-neck',
    aliases: ['cranium', 'vertex', 'crown', 'scalp', 'skull', 'head'],
    description:
      'The vault of the skull from the hairline back to the crown. Headaches from the neck and from some neck muscles are often felt here.',
  },
  {
    id: 'forehead',
    name: 'Forehead',
    kind: 'surface',
    paired: false,
    group: 'head-neck',
    aliases: ['frontal region', 'brow', 'frontal bone', 'front of the head'],
    description:
      'The area above the eyebrows over the frontal bone and frontal sinuses. A common place for tension-type, sinus and referred neck pain.',
  },
  {
    id: 'face',
    name: 'Face',
    kind: 'surface',
    paired: false,
    group: 'head-neck',
    aliases: ['cheek', 'cheeks', 'maxilla', 'nose', 'upper jaw', 'facial'],
    description:
      'The cheeks, nose and upper jaw, supplied mainly by the trigeminal nerve. Sinus pressure and jaw-muscle pain are felt here.',
  },
  {
    id: 'occiput',
    name: 'Back of the head',
    kind: 'surface',
    paired: false,
    group: 'head-neck',
    aliases: ['occiput', 'occipital region', 'base of the skull', 'suboccipital area'],
    description:
      'The back of the skull down to where the neck muscles attach. Pain arising in the upper neck is often felt here first.',
  },
  {
    id: 'temple',
    name: 'Temple',
    kind: 'surface',
    paired: true,
    group: 'head-neck',
    aliases: ['temporal region', 'side of the head', 'temporalis area'],
    description:
      'The side of the head above the ear, over the temporalis muscle. Upper trapezius, suboccipital and jaw-muscle pain often spreads here.',
  },
  {
    id: 'orbit',
    name: 'Eye region',
    kind: 'surface',
    paired: true,
    group: 'head-neck',
    aliases: ['orbit', 'eye', 'behind the eye', 'periorbital', 'eyebrow'],
    description:
      'The eye socket and the skin around it. Cluster headache, migraine and pain referred from the upper neck are often felt behind or around the eye.',
  },
  {
    id: 'tmj',
    name: 'Temporomandibular joint',
    kind: 'surface',
    paired: true,
    group: 'head-neck',
    aliases: ['TMJ', 'jaw joint', 'jaw', 'mandible', 'in front of the ear'],
    description:
      'The hinge-and-glide joint between the jaw and the skull, just in front of the ear. Its muscles (masseter, temporalis, pterygoids) can refer pain to the face, ear and temple.',
  },
  {
    id: 'cervical-spine',
    name: 'Cervical spine',
    kind: 'surface',
    paired: false,
    group: 'head-neck',
    aliases: ['neck', 'back of the neck', 'nape', 'C-spine', 'cervical vertebrae'],
    description:
      'The back of the neck over the seven cervical vertebrae. Its joints, discs and nerve roots can send pain to the head, shoulder and arm.',
  },
  {
    id: 'anterior-neck',
    name: 'Front of the neck',
    kind: 'surface',
    paired: false,
    group: 'head-neck',
    aliases: ['throat', 'anterior neck', 'sternocleidomastoid area', 'scalene area'],
    description:
      'The front and sides of the neck, with the sternocleidomastoid and scalene muscles. Trigger points here can refer pain to the head, chest and arm.',
  },
  // --- trunk, posterior ---
  {
    id: 'thoracic-spine',
    name: 'Thoracic spine',
    kind: 'surface',
    paired: false,
    group: 'trunk',
    aliases: [
      'upper back',
      'mid back',
      'middle back',
      'dorsal spine',
      'T-spine',
      'between the shoulder blades',
    ],
    description:
      'The upper and middle back over the twelve thoracic vertebrae and rib joints. Segmental reflexes from the heart, lungs and upper abdominal organs are described here.',
  },
  {
    id: 'scapula',
    name: 'Shoulder blade',
    kind: 'surface',
    paired: true,
    group: 'trunk',
    aliases: ['scapula', 'scapular region', 'shoulder blade area'],
    description:
      'The flat bone on the upper back and the muscles over it. Gallbladder pain and several neck and shoulder muscles refer to this area.',
  },
  {
    id: 'lumbar-spine',
    name: 'Lumbar spine',
    kind: 'surface',
    paired: false,
    group: 'trunk',
    aliases: ['low back', 'lower back', 'lumbar region', 'L-spine', 'lumbago', 'small of the back'],
    description:
      'The lower back over the five lumbar vertebrae. The most common site of back pain, and the origin of the nerve roots that supply the legs.',
  },
  {
    id: 'sacrum',
    name: 'Sacrum',
    kind: 'surface',
    paired: false,
    group: 'trunk',
    aliases: ['sacral region', 'sacroiliac area', 'SI joint', 'tailbone area', 'base of the spine'],
    description:
      'The triangular bone at the base of the spine and the sacroiliac joints on each side. Pelvic organs and several hip muscles refer pain here.',
  },
  {
    id: 'buttock',
    name: 'Buttock',
    kind: 'surface',
    paired: true,
    group: 'trunk',
    aliases: ['gluteal region', 'glutes', 'bottom', 'seat'],
    description:
      'The gluteal muscles over the back of the pelvis, with the sciatic nerve running deep to them. Back, hip and piriformis problems are often felt here.',
  },
  // --- trunk, anterior and lateral ---
  {
    id: 'chest',
    name: 'Chest',
    kind: 'surface',
    paired: true,
    group: 'trunk',
    aliases: ['pectoral region', 'ribs', 'rib cage', 'thorax', 'breast area'],
    description:
      'The front and side of the rib cage with the pectoral muscles. Heart pain, rib dysfunction and scalene trigger points can all be felt here.',
  },
  {
    id: 'sternum',
    name: 'Breastbone',
    kind: 'surface',
    paired: false,
    group: 'trunk',
    aliases: ['sternum', 'retrosternal', 'centre of the chest', 'behind the breastbone'],
    description:
      'The flat bone in the middle of the chest. Pressure behind it is a classic sign of heart or oesophageal pain.',
  },
  {
    id: 'hypochondrium',
    name: 'Upper abdomen under the ribs',
    kind: 'surface',
    paired: true,
    group: 'trunk',
    aliases: ['hypochondrium', 'upper quadrant', 'RUQ', 'LUQ', 'under the ribs'],
    description:
      'The upper abdomen just below the rib margin. The right side lies over the liver and gallbladder, the left over the spleen and stomach.',
  },
  {
    id: 'epigastrium',
    name: 'Epigastrium',
    kind: 'surface',
    paired: false,
    group: 'trunk',
    aliases: ['pit of the stomach', 'upper belly', 'epigastric region', 'solar plexus'],
    description:
      'The upper middle abdomen below the breastbone. Pain from the stomach, duodenum and pancreas is usually felt here first.',
  },
  {
    id: 'umbilical',
    name: 'Navel area',
    kind: 'surface',
    paired: false,
    group: 'trunk',
    aliases: ['umbilicus', 'belly button', 'periumbilical', 'mid abdomen', 'core'],
    description:
      'The middle of the abdomen around the navel. Early appendicitis and small-bowel pain are typically felt here, at the T10 segmental level.',
  },
  {
    id: 'flank',
    name: 'Flank',
    kind: 'surface',
    paired: true,
    group: 'trunk',
    aliases: ['loin', 'side', 'costovertebral angle', 'kidney area', 'lateral abdomen'],
    description:
      'The side of the trunk between the ribs and the pelvis. Kidney pain and quadratus lumborum trigger points are felt here.',
  },
  {
    id: 'iliac-fossa',
    name: 'Lower abdomen (iliac fossa)',
    kind: 'surface',
    paired: true,
    group: 'trunk',
    aliases: ['iliac fossa', 'lower quadrant', 'RLQ', 'LLQ', 'inguinal region'],
    description:
      'The lower side of the abdomen inside the pelvic brim. On the right it overlies the appendix; the iliopsoas lies deep to it.',
  },
  {
    id: 'hypogastrium',
    name: 'Suprapubic region',
    kind: 'surface',
    paired: false,
    group: 'trunk',
    aliases: [
      'hypogastrium',
      'suprapubic',
      'lower belly',
      'pelvic pain area',
      'above the pubic bone',
    ],
    description:
      'The lower middle abdomen above the pubic bone. Bladder and uterine pain is typically felt here.',
  },
  {
    id: 'groin',
    name: 'Groin',
    kind: 'surface',
    paired: true,
    group: 'trunk',
    aliases: ['inguinal area', 'crease of the hip', 'femoral triangle'],
    description:
      'The crease between the abdomen and thigh. Hip joint, iliopsoas and ureteric pain are often felt here.',
  },
  // --- upper limb ---
  {
    id: 'shoulder',
    name: 'Shoulder',
    kind: 'surface',
    paired: true,
    group: 'upper-limb',
    aliases: [
      'shoulder tip',
      'glenohumeral joint',
      'deltoid area',
      'top of the shoulder',
      'acromion',
    ],
    description:
      'The shoulder joint and the cap of the shoulder. Besides local problems, it receives pain from the neck, the diaphragm and, on the right, the gallbladder and liver.',
  },
  {
    id: 'upper-arm',
    name: 'Upper arm',
    kind: 'surface',
    paired: true,
    group: 'upper-limb',
    aliases: ['arm', 'humerus', 'biceps area', 'triceps area'],
    description:
      'The arm between shoulder and elbow. C5 nerve-root pain and heart pain (on the inner left arm) can be felt here.',
  },
  {
    id: 'elbow',
    name: 'Elbow',
    kind: 'surface',
    paired: true,
    group: 'upper-limb',
    aliases: ['lateral epicondyle', 'medial epicondyle', 'tennis elbow area', 'golfer elbow area'],
    description:
      'The elbow joint and the tendon attachments on either side of it. Lateral elbow pain can be local or partly referred from the lower neck.',
  },
  {
    id: 'forearm',
    name: 'Forearm',
    kind: 'surface',
    paired: true,
    group: 'upper-limb',
    aliases: ['lower arm', 'wrist flexors', 'wrist extensors'],
    description:
      'The part of the arm between elbow and wrist. C6 to C8 nerve roots supply strips of its skin from thumb side to little-finger side.',
  },
  {
    id: 'wrist',
    name: 'Wrist',
    kind: 'surface',
    paired: true,
    group: 'upper-limb',
    aliases: ['carpal tunnel', 'carpus', 'wrist joint'],
    description:
      'The wrist joint and the carpal tunnel on its palm side, where the median nerve can be compressed.',
  },
  {
    id: 'hand',
    name: 'Hand',
    kind: 'surface',
    paired: true,
    group: 'upper-limb',
    aliases: ['fingers', 'thumb', 'palm', 'little finger', 'index finger'],
    description:
      'The palm and fingers. Numbness in particular fingers helps tell a nerve-root problem in the neck from a nerve entrapment at the wrist.',
  },
  // --- lower limb ---
  {
    id: 'hip',
    name: 'Hip',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['hip joint', 'greater trochanter', 'side of the hip', 'coxa'],
    description:
      'The hip joint and the bony point on the side of the upper thigh. How the hip is controlled affects the knee below and the trunk above.',
  },
  {
    id: 'thigh',
    name: 'Thigh',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['front of the thigh', 'quadriceps', 'quads', 'outer thigh', 'iliotibial band area'],
    description:
      'The front and sides of the thigh with the quadriceps and the iliotibial band. L4 root pain and several hip-muscle trigger points refer here.',
  },
  {
    id: 'posterior-thigh',
    name: 'Posterior thigh',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['hamstrings', 'back of the thigh', 'back of the leg'],
    description:
      'The back of the thigh with the hamstring muscles and the sciatic nerve. Sciatica and tight hamstrings are both felt here.',
  },
  {
    id: 'knee',
    name: 'Knee',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['kneecap', 'patella', 'knee joint', 'back of the knee', 'popliteal fossa'],
    description:
      'The knee joint and kneecap. It sits between hip and ankle, so problems above or below can change how it is loaded.',
  },
  {
    id: 'shin',
    name: 'Shin',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['front of the leg', 'tibia', 'lateral leg', 'outer leg', 'lower leg'],
    description:
      'The front and outer side of the lower leg. L4 and L5 root pain and gluteus minimus trigger points can be felt here.',
  },
  {
    id: 'calf',
    name: 'Calf',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['back of the lower leg', 'gastrocnemius', 'soleus', 'Achilles'],
    description:
      'The back of the lower leg with the gastrocnemius and soleus. Calf tightness is linked to heel pain, and S1 root pain runs through it.',
  },
  {
    id: 'ankle',
    name: 'Ankle',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['ankle joint', 'malleolus', 'talocrural joint', 'sprained ankle'],
    description:
      'The ankle joint and the ligaments around it. Sprains and stiffness here change how the knee and hip above move.',
  },
  {
    id: 'foot',
    name: 'Foot',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['top of the foot', 'dorsum of the foot', 'toes', 'big toe'],
    description:
      'The top of the foot and the toes. The L5 root supplies much of its skin and the muscles that lift the big toe.',
  },
  {
    id: 'sole',
    name: 'Sole',
    kind: 'surface',
    paired: true,
    group: 'lower-limb',
    aliases: ['heel', 'plantar fascia', 'arch', 'instep', 'bottom of the foot'],
    description:
      'The underside of the foot from heel to toes, with the plantar fascia. Plantar heel pain, calf referral and S1 root symptoms are felt here.',
  },
  // --- viscera ---
  {
    id: 'paranasal-sinuses',
    name: 'Paranasal sinuses',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['sinuses', 'frontal sinus', 'maxillary sinus', 'nasal sinuses'],
    description:
      'Air spaces in the skull bones around the nose. Inflamed sinuses cause pressure felt over the face and forehead through the trigeminal nerve.',
  },
  {
    id: 'heart',
    name: 'Heart',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['cardiac', 'myocardium', 'coronary'],
    description:
      'The heart, whose pain fibres enter the upper thoracic spinal cord. Heart pain is classically felt behind the breastbone and down the left arm.',
  },
  {
    id: 'lungs',
    name: 'Lungs',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['lung', 'bronchi', 'airways', 'pulmonary'],
    description:
      'The lungs and airways. Their autonomic supply comes from the upper thoracic segments and the vagus nerve.',
  },
  {
    id: 'diaphragm',
    name: 'Diaphragm',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['thoracic diaphragm', 'breathing muscle', 'phrenic'],
    description:
      'The dome-shaped breathing muscle between chest and abdomen, supplied by the phrenic nerve (C3 to C5). Irritation under it is felt at the shoulder tip.',
  },
  {
    id: 'liver',
    name: 'Liver',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['hepatic', 'liver capsule'],
    description:
      'The large organ under the right ribs, touching the underside of the diaphragm. Stretch of its capsule causes right upper abdominal pain.',
  },
  {
    id: 'gallbladder',
    name: 'Gallbladder',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['biliary', 'gall bladder', 'biliary colic'],
    description:
      'The small bile sac under the liver. Its pain is felt under the right ribs, at the right shoulder blade and sometimes at the right shoulder tip.',
  },
  {
    id: 'stomach',
    name: 'Stomach',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['gastric', 'duodenum', 'tummy'],
    description:
      'The stomach and first part of the small bowel. Their pain is felt in the epigastrium and sometimes through to the mid back.',
  },
  {
    id: 'spleen',
    name: 'Spleen',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['splenic'],
    description:
      'An organ under the left ribs, touching the diaphragm. Blood from a ruptured spleen irritates the diaphragm and is felt at the left shoulder.',
  },
  {
    id: 'pancreas',
    name: 'Pancreas',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['pancreatic'],
    description:
      'A gland lying deep behind the stomach. Its pain is felt in the epigastrium and often bores through to the back.',
  },
  {
    id: 'kidney',
    name: 'Kidney',
    kind: 'visceral',
    paired: true,
    group: 'viscera',
    aliases: ['renal', 'kidneys'],
    description:
      'The kidneys lie against the back wall of the abdomen under the lower ribs. Their pain is felt in the flank and loin.',
  },
  {
    id: 'ureter',
    name: 'Ureter',
    kind: 'visceral',
    paired: true,
    group: 'viscera',
    aliases: ['ureteric', 'urinary tube'],
    description:
      'The tube carrying urine from kidney to bladder. A stone passing down it causes colicky pain that moves from loin to groin.',
  },
  {
    id: 'small-intestine',
    name: 'Small intestine',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['small bowel', 'jejunum', 'ileum', 'gut'],
    description:
      'The long coiled bowel in the middle of the abdomen. Its pain is poorly localised and felt around the navel.',
  },
  {
    id: 'appendix',
    name: 'Appendix',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['vermiform appendix', 'caecum'],
    description:
      'A small tube off the start of the large bowel, usually in the right lower abdomen. Appendicitis pain starts at the navel and moves to the right iliac fossa.',
  },
  {
    id: 'colon',
    name: 'Colon',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['large intestine', 'large bowel', 'bowel', 'sigmoid'],
    description:
      'The large bowel framing the abdomen. Its pain is felt in the lower abdomen and, by segmental reflexes, is related to the lower thoracic and upper lumbar spine.',
  },
  {
    id: 'bladder',
    name: 'Bladder',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['urinary bladder', 'vesical'],
    description:
      'The urinary bladder behind the pubic bone. Its pain is felt in the suprapubic region.',
  },
  {
    id: 'uterus',
    name: 'Uterus',
    kind: 'visceral',
    paired: false,
    group: 'viscera',
    aliases: ['womb', 'uterine', 'pelvic organs'],
    description:
      'The womb in the middle of the pelvis. Menstrual cramps are felt in the lower abdomen and often in the low back and sacrum.',
  },
];
