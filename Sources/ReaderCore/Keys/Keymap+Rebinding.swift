extension Keymap {
  /// A rebinding that was not (fully) applied, and why.
  public struct RebindingProblem: Hashable, Sendable {
    /// The config line.
    public var line: Int
    /// What is wrong and what was done about it.
    public var message: String
  }

  /// The keymap with each action of `rebindings` bound to its new keys instead of its default
  /// ones.
  ///
  /// Rebinding an action replaces its keys in every pane it works in (the filter line keeps
  /// its own ↑/↓). Keys no action claims stay as they are. A new key that another action
  /// already uses in a shared pane, or that starts or extends another's sequence, conflicts:
  /// it is reported and dropped, the earlier binding (a default or an earlier line) wins.
  ///
  /// - Returns: The keymap and the problems, in line order.
  public func rebinding(_ rebindings: [KeyRebinding]) -> (Keymap, [RebindingProblem]) {
    var problems: [RebindingProblem] = []
    var bindings = self.bindings
    let byName = Dictionary(
      bindings.compactMap { binding in binding.action.bindingName.map { ($0, binding.action) } },
      uniquingKeysWith: { first, _ in first })
    var rebound: [(index: Int, rebinding: KeyRebinding)] = []
    var seenNames: [String: Int] = [:]
    for rebinding in rebindings.sorted(by: { $0.line < $1.line }) {
      guard let action = byName[rebinding.name] else {
        problems.append(
          RebindingProblem(
            line: rebinding.line,
            message: "unknown action \"\(rebinding.name)\"\(Keymap.suggestion(for: rebinding.name))"
          ))
        continue
      }
      if let earlier = seenNames[rebinding.name] {
        problems.append(
          RebindingProblem(
            line: rebinding.line,
            message: "\"\(rebinding.name)\" is already bound on line \(earlier); ignored"))
        continue
      }
      seenNames[rebinding.name] = rebinding.line
      let hasOtherPanes = bindings.contains { $0.action == action && $0.panes != [.filter] }
      for index in bindings.indices where bindings[index].action == action {
        if hasOtherPanes, bindings[index].panes == [.filter] { continue }
        bindings[index].keys = []
        bindings[index].sequences = []
        rebound.append((index, rebinding))
      }
    }
    // Add the new triggers one by one; a trigger clashing with one already placed is dropped.
    var placed: [(trigger: [Key], panes: Set<Pane>, action: ReaderAction)] = bindings.flatMap {
      binding in binding.keys.map { ([$0], binding.panes, binding.action) }
    }
    var reported: Set<String> = []
    for (index, rebinding) in rebound {
      let binding = bindings[index]
      for trigger in rebinding.triggers {
        let clash = placed.first { other in
          other.action != binding.action && !other.panes.isDisjoint(with: binding.panes)
            && (other.trigger.starts(with: trigger) || trigger.starts(with: other.trigger))
        }
        let name = trigger.map(\.displayName).joined(separator: " ")
        if let clash {
          let pane = Pane.allCases.first { clash.panes.contains($0) && binding.panes.contains($0) }
          let other = clash.action.bindingName ?? "another action"
          let message =
            "\"\(name)\" for \(rebinding.name) conflicts with \(other) in the "
            + "\(pane?.rawValue ?? "same") pane; dropped"
          if reported.insert("\(rebinding.line) \(message)").inserted {
            problems.append(RebindingProblem(line: rebinding.line, message: message))
          }
          continue
        }
        placed.append((trigger, binding.panes, binding.action))
        if trigger.count == 1 {
          if !bindings[index].keys.contains(trigger[0]) { bindings[index].keys.append(trigger[0]) }
        } else if !bindings[index].sequences.contains(trigger) {
          bindings[index].sequences.append(trigger)
        }
      }
    }
    return (Keymap(bindings), problems.sorted { $0.line < $1.line })
  }

  /// Every action name the config's `[keys]` accepts, in table order.
  public var actionNames: [String] {
    var names: [String] = []
    for binding in bindings {
      if let name = binding.action.bindingName, !names.contains(name) { names.append(name) }
    }
    return names
  }

  /// `, did you mean "star"?` for a near-miss action name, else empty.
  static func suggestion(for name: String) -> String {
    func distance(_ a: String, _ b: String) -> Int {
      let a = Array(a)
      let b = Array(b)
      var row = Array(0...b.count)
      for i in 1...max(1, a.count) where !a.isEmpty {
        var previous = row[0]
        row[0] = i
        for j in stride(from: 1, through: b.count, by: 1) {
          let current = row[j]
          row[j] = min(row[j] + 1, row[j - 1] + 1, previous + (a[i - 1] == b[j - 1] ? 0 : 1))
          previous = current
        }
      }
      return a.isEmpty ? b.count : row[b.count]
    }
    let best = Keymap.default.actionNames.min { distance($0, name) < distance($1, name) }
    guard let best, distance(best, name) <= 3 else { return "" }
    return ", did you mean \"\(best)\"?"
  }
}
