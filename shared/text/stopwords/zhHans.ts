/**
 * Simplified Chinese stop words, as Intl.Segmenter cuts them: pronouns, structural particles
 * (的 地 得 了 着 过), measure words used alone (个 些), prepositions and conjunctions, modal
 * particles at the end of a sentence (吧 呢 啊 嘛), very general adverbs (就 都 也 还 很) and the
 * fillers of speech (那个, 就是, 然后). A single character that carries meaning stays ("贵", "慢").
 */
export const ZH_HANS = `
啊 阿 哎 唉 吧 把 被 比 别 并 不 才 从 此 大家 但 但是 当 到 的 得 地 等 对 而 而且 儿 给 跟 各 个 过 还 还是 和 很
呵 哈 或 或者 及 即 几 既 既然 将 叫 较 就 就是 可 可以 可能 啦 了 来 另外 吗 嘛 么 没 没有 每 们 那 那个 那么 那些
那样 哪 哪个 哪里 呢 嗯 你 你们 您 哦 其 其实 其他 起 啥 上 谁 什么 是 是不是 说 所以 他 他们 她 她们 它 它们 太 让 然后
如果 如何 虽然 所 同时 往 为 为了 为什么 我 我们 无 吗 下 向 像 些 也 一 一个 一些 一样 一直 一下 以 以及 因为 由 又
有 有点 有些 与 与其 在 再 咱们 怎么 怎么样 怎样 这 这个 这么 这些 这样 着 真的 之 只 只是 至 中 自己 总之 最 作 做 嘛
`;
