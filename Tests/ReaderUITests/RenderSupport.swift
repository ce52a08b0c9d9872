import ArxivDigest
import ReaderCore
import ReaderUI

/// Renders a state the way the session does: viewport first, then a fresh buffer.
func rendered(_ state: ReaderState, width: Int, height: Int) -> ScreenBuffer {
  var state = state
  let view = ReaderView()
  let size = Size(width: width, height: height)
  _ = state.reduce(.setViewport(view.viewport(for: state, size: size)))
  var buffer = ScreenBuffer(size: size)
  view.render(state, into: &buffer)
  return buffer
}

/// A state over `papers` after `actions`.
func state(_ papers: [Paper], marks: Marks = Marks(), _ actions: [ReaderAction] = []) -> ReaderState
{
  var state = ReaderState(papers: papers, marks: marks, today: Papers.christmas)
  for action in actions { _ = state.reduce(action) }
  return state
}
