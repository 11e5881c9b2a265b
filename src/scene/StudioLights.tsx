/**
 * Soft studio lighting built from local lights only (no remote HDR environment): a sky/ground
 * hemisphere for soft fill, a warm key from front-left above, a cool rim from behind.
 */
export function StudioLights() {
  return (
    <>
      <hemisphereLight args={['#f4f1ec', '#3a3f47', 1.3]} />
      <directionalLight position={[1.6, 2.8, 2.4]} intensity={2.0} color="#fff4e6" />
      <directionalLight position={[-2.2, 1.6, 1.2]} intensity={0.7} color="#dfe8ff" />
      <directionalLight position={[0, 2.2, -2.6]} intensity={1.1} color="#cfe0ff" />
    </>
  );
}
