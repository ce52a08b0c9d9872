import ReaderUI
import Testing

@Suite struct ScreenBufferDiffTests {
  @Test func identicalBuffersHaveNoChanges() {
    let buffer = ScreenBuffer(lines: ["abc", "日本"])
    #expect(buffer.diff(from: buffer) == [])
  }

  @Test func onlyChangedCellsAreReported() {
    let before = ScreenBuffer(lines: ["abc", "def"])
    let after = ScreenBuffer(lines: ["abc", "dXf"])
    #expect(after.diff(from: before) == [CellChange(row: 1, column: 1, cell: Cell("X", .normal))])
  }

  @Test func aChangedElementIsAChange() {
    let before = ScreenBuffer(lines: ["ab"])
    var after = before
    after.fill(Rect(row: 0, column: 1, width: 1, height: 1), with: "b", .star)
    #expect(after.diff(from: before) == [CellChange(row: 0, column: 1, cell: Cell("b", .star))])
  }

  @Test func wideCharacterTakesTwoCellsAndReplacingItRepairsBoth() {
    let before = ScreenBuffer(lines: ["日x"])
    #expect(before.size == Size(width: 3, height: 1))
    #expect(before[0, 1].isContinuation)
    var after = before
    after.write("a", .normal, row: 0, column: 0, width: 1)
    #expect(after.line(0) == "a x")
    #expect(
      after.diff(from: before) == [
        CellChange(row: 0, column: 0, cell: Cell("a", .normal)),
        CellChange(row: 0, column: 1, cell: Cell(" ", .normal)),
      ])
  }

  @Test func writingOverTheRightHalfOfAWideCharacterBlanksItsLeftHalf() {
    var buffer = ScreenBuffer(lines: ["日本"])
    buffer.write("x", .normal, row: 0, column: 1, width: 1)
    #expect(buffer.line(0) == " x本")
  }

  @Test func wideCharacterAtTheEdgeBecomesASpace() {
    var buffer = ScreenBuffer(size: Size(width: 3, height: 1))
    let written = buffer.write("ab日", .normal, row: 0, column: 0, width: 3)
    #expect(written == 3)
    #expect(buffer.line(0) == "ab ")
  }

  @Test func combiningMarksShareTheirBaseCell() {
    let buffer = ScreenBuffer(lines: ["e\u{301}x"])
    #expect(buffer.size.width == 2)
    #expect(buffer[0, 0].character == "e\u{301}")
  }

  @Test func aResizedBufferIsRedrawnWhole() {
    let before = ScreenBuffer(lines: ["ab"])
    let after = ScreenBuffer(lines: ["ab", "cd"])
    #expect(after.diff(from: before).count == 4)
  }

  @Test func writesOutsideTheBufferAreIgnored() {
    var buffer = ScreenBuffer(size: Size(width: 2, height: 1))
    buffer.write("abc", .normal, row: 5, column: 0, width: 3)
    buffer.write("abc", .normal, row: 0, column: -1, width: 3)
    buffer.fill(Rect(row: -3, column: -3, width: 100, height: 100), with: ".", .note)
    #expect(buffer.line(0) == "..")
  }
}
