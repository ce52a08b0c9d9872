extension TerminalColor {
  /// The colour number to give a terminal of `depth`, or `nil` at ``ColorDepth/none``.
  ///
  /// Truecolor: basic colours 0–7 stay palette colours (direct-colour terminals keep them),
  /// everything else is `0xRRGGBB`. 256: exact colours become the nearest cube or grey entry.
  /// 16: the nearest basic colour. 8: the same without brightness, grey showing as white.
  public func value(for depth: ColorDepth) -> Int? {
    switch depth {
    case .trueColor:
      if let rgb { return rgb.packed }
      if index < 8 { return index }
      return TerminalPalette.rgb(ofIndex: index).packed
    case .palette256:
      return index
    case .palette16:
      if rgb == nil, index < 16 { return index }
      return TerminalPalette.nearest(to: rgb ?? TerminalPalette.rgb(ofIndex: index), among: 16)
    case .palette8:
      if rgb == nil, index < 16 { return index % 8 }
      // The nearest of the 16, without brightness; grey (bright black) shows as white.
      let nearest = TerminalPalette.nearest(
        to: rgb ?? TerminalPalette.rgb(ofIndex: index), among: 16)
      return nearest == 8 ? 7 : nearest % 8
    case .none:
      return nil
    }
  }
}
