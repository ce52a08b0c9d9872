import ArxivDigest
import DigestExport

extension ReaderState {
  /// Opens the export prompt on the last export's format and path, else on markdown and the
  /// default path; or says there is nothing to export.
  mutating func beginExport() {
    guard !marks.starred.isEmpty || !selection.isEmpty else {
      status = "nothing to export: no starred papers (s stars one)"
      return
    }
    showsHelp = false
    var prompt = ExportPrompt(
      format: .markdown, today: today,
      starred: selection.isEmpty ? marks.starred.count : selection.count)
    if !selection.isEmpty { prompt.subject = "selected" }
    if let lastExport {
      prompt.format = lastExport.format
      prompt.path = lastExport.path
    }
    exportPrompt = prompt
  }

  /// Handles a key of the export prompt.
  mutating func reduceExport(_ action: ExportPromptAction) -> [ReaderEffect] {
    guard var prompt = exportPrompt else { return [] }
    switch action {
    case .nextFormat: prompt.cycleFormat(forward: true)
    case .previousFormat: prompt.cycleFormat(forward: false)
    case .deleteCharacter: prompt.setPath(String(prompt.path.dropLast()))
    case .deleteWord: prompt.setPath(ExportPrompt.droppingLastWord(of: prompt.path))
    case .clearPath: prompt.setPath("")
    case .keepFile: prompt.setPath(prompt.path)
    case .cancel:
      exportPrompt = nil
      status = "export cancelled"
      return []
    case .confirm:
      guard !prompt.path.trimmingCharacters(in: .whitespaces).isEmpty else {
        prompt.error = "type a path"
        exportPrompt = prompt
        return []
      }
      return [.exportStarred(request(prompt, .create))]
    case .overwrite:
      guard prompt.confirmsOverwrite else { return [] }
      return [.exportStarred(request(prompt, .overwrite))]
    case .append:
      guard prompt.confirmsOverwrite else { return [] }
      guard prompt.format.supportsAppend else {
        status = ExportError.appendUnsupported(prompt.format).description
        return []
      }
      return [.exportStarred(request(prompt, .append))]
    }
    exportPrompt = prompt
    return []
  }

  private func request(_ prompt: ExportPrompt, _ mode: ExportRequest.Mode) -> ExportRequest {
    ExportRequest(
      format: prompt.format, path: prompt.path, mode: mode, papers: papers,
      selected: selection.isEmpty ? nil : selectedIndices.map { papers[$0] })
  }

  /// Appends typed text to the export path.
  mutating func editExportPath(_ text: String) {
    guard let path = exportPrompt?.path else { return }
    exportPrompt?.setPath(path + text)
  }

  /// Shows how an export went: success closes the prompt; a failure keeps it, with the path
  /// as typed, so nothing is lost.
  mutating func finishExport(_ outcome: ExportOutcome) {
    switch outcome {
    case .exported(let count, let path):
      lastExport = exportPrompt
      exportPrompt = nil
      status = "exported \(count) \(count == 1 ? "paper" : "papers") to \(path)"
    case .appended(let count, let alreadyThere, let path):
      lastExport = exportPrompt
      exportPrompt = nil
      let papers = count == 1 ? "paper" : "papers"
      status =
        count == 0
        ? "nothing to append: \(path) has all \(alreadyThere) starred papers"
        : "appended \(count) \(papers) to \(path)"
          + (alreadyThere > 0 ? " (\(alreadyThere) already there)" : "")
    case .fileExists(let path):
      exportPrompt?.confirmsOverwrite = true
      exportPrompt?.error = nil
      status = "\(path) already exists"
    case .failed(let reason):
      exportPrompt?.confirmsOverwrite = false
      exportPrompt?.error = reason
      status = "export failed: \(reason)"
    }
  }
}
