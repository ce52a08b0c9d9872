import Foundation

#if canImport(FoundationXML)
  import FoundationXML
#endif

/// A parsed XML element: its local name (prefix dropped), attributes, text and children.
///
/// Built with Foundation's `XMLParser` (libxml2 underneath): arXiv's two formats are small and
/// flat, so a tree of plain values is all the feeds need, and no package is added for it.
struct FeedElement: Sendable {
  var name: String
  var attributes: [String: String]
  var text = ""
  var children: [FeedElement] = []

  /// The first child named `name`.
  func child(_ name: String) -> FeedElement? { children.first { $0.name == name } }

  /// Every child named `name`, in order.
  func children(_ name: String) -> [FeedElement] { children.filter { $0.name == name } }
}

/// What parsing a response body as XML gave.
enum FeedParseResult {
  /// A complete document.
  case document(FeedElement)
  /// A document that starts as XML with this root but stops before its end.
  case cutShort(root: String)
  /// Not XML, or nothing at all.
  case notXML
}

enum FeedXML {
  /// Parses `data` into a tree. External entities are never resolved.
  static func parse(_ data: Data) -> FeedParseResult {
    let parser = XMLParser(data: data)
    parser.shouldResolveExternalEntities = false
    parser.shouldProcessNamespaces = false
    let builder = Builder()
    parser.delegate = builder
    let complete = parser.parse()
    if complete, let root = builder.root { return .document(root) }
    if let root = builder.rootName { return .cutShort(root: root) }
    return .notXML
  }

  private final class Builder: NSObject, XMLParserDelegate {
    var stack: [FeedElement] = []
    var root: FeedElement?
    var rootName: String?

    func parser(
      _ parser: XMLParser, didStartElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?, attributes attributeDict: [String: String] = [:]
    ) {
      let name = Builder.localName(elementName)
      if rootName == nil { rootName = name }
      stack.append(FeedElement(name: name, attributes: attributeDict))
    }

    func parser(
      _ parser: XMLParser, didEndElement elementName: String, namespaceURI: String?,
      qualifiedName qName: String?
    ) {
      guard let element = stack.popLast() else { return }
      if stack.isEmpty {
        root = element
      } else {
        stack[stack.count - 1].children.append(element)
      }
    }

    func parser(_ parser: XMLParser, foundCharacters string: String) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += string
    }

    func parser(_ parser: XMLParser, foundCDATA CDATABlock: Data) {
      guard !stack.isEmpty else { return }
      stack[stack.count - 1].text += String(decoding: CDATABlock, as: UTF8.self)
    }

    static func localName(_ name: String) -> String {
      guard let colon = name.lastIndex(of: ":") else { return name }
      return String(name[name.index(after: colon)...])
    }
  }
}
