// A MediaStream for node (it has none): what the calls' unit tests need of one. Imported for
// its effect by mesh.test.mjs and sfu.test.mjs.

globalThis.MediaStream ??= class {
  constructor() {
    this.tracks = [];
  }
  addTrack(t) {
    this.tracks.push(t);
  }
  removeTrack(t) {
    this.tracks = this.tracks.filter((x) => x !== t);
  }
  getTracks() {
    return [...this.tracks];
  }
};
