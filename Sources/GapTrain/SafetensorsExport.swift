// Export of a trained student as Hugging Face GPT-2 files (model.safetensors + config.json), so PyTorch tools can
// open it with `GPT2LMHeadModel.from_pretrained(directory)`. GPT-2's Conv1D stores weights (in, out): the four
// projection matrices are transposed on the way out. Inference-only: optimizer state is not exported.
import Foundation
import GapCore
import GapModel

extension Trainer {
    /// Writes `model.safetensors` and a GPT-2 `config.json` for the current parameters into `directory`.
    public func exportSafetensors(to directory: String) throws {
        let c = modelConfiguration
        let L = c.layerCount, C = c.channels
        let p = network.parameters
        var tensors: [(name: String, shape: [Int], values: [Float])] = []
        func plain(_ name: String, _ pointer: UnsafeMutablePointer<Float>, _ shape: [Int]) {
            tensors.append((name, shape, Array(UnsafeBufferPointer(start: pointer, count: shape.reduce(1, *)))))
        }
        func transposed(_ name: String, _ pointer: UnsafeMutablePointer<Float>, rows: Int, columns: Int) {
            var values = [Float](repeating: 0, count: rows * columns)  // stored (rows, columns) → (columns, rows)
            for r in 0..<rows { for k in 0..<columns { values[k * rows + r] = pointer[r * columns + k] } }
            tensors.append((name, [columns, rows], values))
        }
        plain("transformer.wte.weight", p.wte, [c.vocabularySize, C])
        plain("transformer.wpe.weight", p.wpe, [c.contextLength, C])
        for l in 0..<L {
            let prefix = "transformer.h.\(l)."
            plain(prefix + "ln_1.weight", p.ln1w + l * C, [C]); plain(prefix + "ln_1.bias", p.ln1b + l * C, [C])
            transposed(prefix + "attn.c_attn.weight", p.qkvw + l * 3 * C * C, rows: 3 * C, columns: C)
            plain(prefix + "attn.c_attn.bias", p.qkvb + l * 3 * C, [3 * C])
            transposed(prefix + "attn.c_proj.weight", p.attprojw + l * C * C, rows: C, columns: C)
            plain(prefix + "attn.c_proj.bias", p.attprojb + l * C, [C])
            plain(prefix + "ln_2.weight", p.ln2w + l * C, [C]); plain(prefix + "ln_2.bias", p.ln2b + l * C, [C])
            transposed(prefix + "mlp.c_fc.weight", p.fcw + l * 4 * C * C, rows: 4 * C, columns: C)
            plain(prefix + "mlp.c_fc.bias", p.fcb + l * 4 * C, [4 * C])
            transposed(prefix + "mlp.c_proj.weight", p.fcprojw + l * C * 4 * C, rows: C, columns: 4 * C)
            plain(prefix + "mlp.c_proj.bias", p.fcprojb + l * C, [C])
        }
        plain("transformer.ln_f.weight", p.lnfw, [C]); plain("transformer.ln_f.bias", p.lnfb, [C])

        // header: {"name": {"dtype": "F32", "shape": [...], "data_offsets": [begin, end]}, ...}, padded to 8 bytes
        var entries: [String] = []
        var offset = 0
        for tensor in tensors {
            let bytes = tensor.values.count * 4
            entries.append("\"\(tensor.name)\":{\"dtype\":\"F32\",\"shape\":[\(tensor.shape.map(String.init).joined(separator: ","))],\"data_offsets\":[\(offset),\(offset + bytes)]}")
            offset += bytes
        }
        var header = Array(("{\"__metadata__\":{\"format\":\"pt\"}," + entries.joined(separator: ",") + "}").utf8)
        while header.count % 8 != 0 { header.append(0x20) }
        var data = Data()
        withUnsafeBytes(of: UInt64(header.count).littleEndian) { data.append(contentsOf: $0) }
        data.append(contentsOf: header)
        for tensor in tensors { tensor.values.withUnsafeBytes { data.append(contentsOf: $0) } }

        let config: [String: Any] = [
            "architectures": ["GPT2LMHeadModel"], "model_type": "gpt2", "vocab_size": c.vocabularySize,
            "n_positions": c.contextLength, "n_ctx": c.contextLength, "n_embd": C, "n_layer": L,
            "n_head": c.headCount, "activation_function": "gelu_new", "layer_norm_epsilon": 1e-5,
            "tie_word_embeddings": true, "bos_token_id": 0, "eos_token_id": 0, "resid_pdrop": 0.0,
            "embd_pdrop": 0.0, "attn_pdrop": 0.0, "initializer_range": 0.02,
        ]
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            try OutputFile.write(data, to: directory + "/model.safetensors", allowStandardOutput: false)
            try OutputFile.write(try JSONSerialization.data(withJSONObject: config, options: [.prettyPrinted, .sortedKeys]),
                                 to: directory + "/config.json", allowStandardOutput: false)
        } catch {
            throw TrainError.exportFailed(path: directory, reason: "\(error)")
        }
    }
}
