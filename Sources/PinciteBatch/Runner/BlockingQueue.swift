import Foundation

// BlockingQueue: the hand-over point between the runner's threads — the reader
// puts documents in, workers take them out; workers put results in, the writer
// takes them out. Unbounded by itself: the runner bounds how many documents are
// in flight with its window, which is what keeps memory flat.

/// A first-in first-out queue whose `pop` waits for an element or for `close()`.
final class BlockingQueue<Element>: @unchecked Sendable {
    private var items: [Element] = []
    private var head = 0
    private var closed = false
    private let condition = NSCondition()

    func push(_ e: Element) {
        condition.lock()
        items.append(e)
        condition.signal()
        condition.unlock()
    }

    /// No more elements will come; waiting `pop`s return nil once the queue is empty.
    func close() {
        condition.lock()
        closed = true
        condition.broadcast()
        condition.unlock()
    }

    /// The next element, waiting for one; nil when the queue is closed and empty.
    func pop() -> Element? { take(waiting: true) }

    /// The next element if one is there now; nil otherwise (never waits).
    func popNow() -> Element? { take(waiting: false) }

    private func take(waiting: Bool) -> Element? {
        condition.lock()
        defer { condition.unlock() }
        while waiting && head == items.count && !closed { condition.wait() }
        guard head < items.count else { return nil }
        let e = items[head]
        head += 1
        // drop the consumed prefix now and then so the array does not grow without end
        if head > 1024 && head * 2 > items.count {
            items.removeFirst(head)
            head = 0
        }
        return e
    }
}
