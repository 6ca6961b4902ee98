// The client's photo on a quad that fits the view whatever the camera does: the quad is placed in
// clip space, fitted to the viewport's aspect (read from the projection, so the compare's panes,
// the export and the printed views all fit it), showing the photo rectangle uPhotoView.
#include <uniform uPhotoView>
varying vec2 vPhoto;

void main() {
  float viewAspect = projectionMatrix[1][1] / projectionMatrix[0][0];
  vec2 span = uPhotoView.zw - uPhotoView.xy;
  float photoAspect = span.x / span.y;
  vec2 fit = photoAspect > viewAspect ? vec2(1.0, viewAspect / photoAspect) : vec2(photoAspect / viewAspect, 1.0);
  vec2 uv = position.xy * 0.5 + 0.5;
  // Photo pixels count down from the top; clip space counts up.
  vPhoto = vec2(mix(uPhotoView.x, uPhotoView.z, uv.x), mix(uPhotoView.w, uPhotoView.y, uv.y));
  gl_Position = vec4(position.xy * fit, 0.0, 1.0);
}
