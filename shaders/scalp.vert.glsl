// Skin of the head, in millimetres. Everything the dots need is computed per pixel from the
// object-space position, so the mesh's resolution never shows in the dots.
varying vec3 vPos;
varying vec3 vNormal;

void main() {
  vPos = position;
  vNormal = normal;
  gl_Position = projectionMatrix * modelViewMatrix * vec4(position, 1.0);
}
