import Foundation
import Testing

/// "For you" in the real binary: stars made in the reader train the ranking in the
/// background, and `S` puts the rest of the starred topic first.
@Suite(.serialized, .timeLimit(.minutes(5))) struct ReaderForYouEndToEndTests {
  /// Twelve papers: every third one about point clouds, the others about assorted topics.
  static let digest: String = {
    let others = [
      ("Image captioning with attention", "We generate captions for images with recurrent networks and attention over regions."),
      ("Face anti-spoofing in the wild", "We detect presentation attacks on face recognition systems with depth cues."),
      ("Crowd counting by density maps", "We count people in crowded scenes by regressing density maps."),
      ("Low-light image enhancement", "We brighten images taken at night while suppressing noise."),
      ("Sign language recognition from video", "We recognize signs from hand and body poses in video."),
      ("Font generation with few examples", "We synthesize glyphs of a new font from a few reference characters."),
      ("Weather removal from photographs", "We remove rain, snow and haze from photographs."),
      ("Document layout analysis", "We segment scanned pages into text blocks, tables and figures."),
    ]
    let clouds = [
      ("Point cloud completion with transformers", "We complete partial point clouds of 3D shapes scanned by lidar sensors."),
      ("Semantic segmentation of lidar point clouds", "We label every point of outdoor lidar point clouds with a sparse 3D network."),
      ("Registration of partial point clouds", "We align two partial 3D point clouds scanned by lidar with learned point features."),
      ("Point cloud upsampling", "We densify sparse lidar point clouds of 3D shapes with a point network."),
    ]
    var lines = ["# ArXiv cs.CV --Wed, 25 Dec 2019"]
    var otherIndex = 0
    var cloudIndex = 0
    for number in 1...12 {
      let (title, abstract): (String, String)
      if number % 3 == 1 {
        (title, abstract) = clouds[cloudIndex]
        cloudIndex += 1
      } else {
        (title, abstract) = others[otherIndex]
        otherIndex += 1
      }
      let id = "1912.\(20_000 + number)"
      lines.append("### \(number).\(title)  [ :arrow_down: ](https://arxiv.org/pdf/\(id).pdf)")
      lines.append(">  \(abstract)")
    }
    return lines.joined(separator: "\n") + "\n"
  }()

  @Test func starringThreePapersOnATopicPutsTheRestOfItFirst() throws {
    let folder = FileManager.default.temporaryDirectory.appendingPathComponent(
      "digest-for-you-\(UUID().uuidString)", isDirectory: true)
    try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
    defer { try? FileManager.default.removeItem(at: folder) }
    let digestPath = folder.appendingPathComponent("day.md").path
    try Self.digest.write(toFile: digestPath, atomically: true, encoding: .utf8)
    let reader = try ReaderTmux(
      arguments: [digestPath], width: 120, height: 30,
      environment: ["XDG_DATA_HOME": folder.path, "XDG_CONFIG_HOME": folder.path])
    try reader.waitForScreen("the first paper") { $0.contains("1/12") }
    try reader.send("S")
    try reader.waitForScreen("the cold start") { $0.contains("star a few papers first") }
    // Star papers 1, 4 and 7 (point clouds); 10 is the one left on that topic.
    var position = 1
    for target in [1, 4, 7] {
      while position < target {
        try reader.send("j")
        position += 1
        try reader.waitForScreen("paper \(position)") { $0.contains(" \(position)/12 ·") }
      }
      try reader.send("s")
      try reader.waitForScreen("the star on \(target)") { $0.contains("starred 1912.\(20_000 + target)") }
    }
    try reader.send("S")
    let screen = try reader.waitForScreen("the for-you order") {
      $0.contains("· for you") && $0.contains("by relevance")
    }
    let rows = screen.split(separator: "\n").filter { $0.contains("1912.2") }
    #expect(rows.first?.contains("1912.20010  Point cloud upsampling") == true, "\(screen)")
    #expect(rows.first?.contains("▮▮▮") == true, "\(screen)")
    try reader.send("q")
    #expect(try reader.waitForExit() == 0)
  }
}
