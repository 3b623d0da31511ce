// Checkpoints: a directory with checkpoint.json (configuration, seed, step, RNG state, curve, tensor index, words) and
// checkpoint-STEP.bin (parameters, Adam first moment, Adam second moment; little-endian fp32), named by the JSON.
// docs/trainer.md has the format. The data file is written first under a new name, then the JSON is replaced by
// rename(2), then the old data file is removed, so a crash at any point leaves one consistent checkpoint.
import Foundation
import GapCore
import GapModel
import GapTensor

/// The JSON half of a checkpoint.
struct Checkpoint: Codable {
    static let formatName = "gaprun-checkpoint/1"
    static let metadataFile = "checkpoint.json"

    /// One tensor's place in each of the three blocks of the data file.
    struct TensorEntry: Codable {
        var name: String
        var offset: Int
        var count: Int
    }

    var format: String
    var trainerVersion: String
    var model: GPTConfiguration
    var training: TrainingConfiguration
    var seed: UInt64
    var step: Int
    var adamUpdates: Int
    var dataRandom: SplitMix64
    var trainedTokens: Int
    var curve: [TrainingStep]
    var parameterCount: Int
    /// File name of the tensor data, e.g. `checkpoint-200.bin`.
    var tensorFile: String
    var tensors: [TensorEntry]
    /// The tokenizer's word tokens in id order (absent for characters only), so a resumed or reused model is only
    /// ever decoded with the vocabulary it was trained with.
    var words: [String]?

    static func exists(in directory: String) -> Bool {
        FileManager.default.fileExists(atPath: directory + "/" + metadataFile)
    }
}

extension Trainer {
    /// Writes the full training state to `directory` (created if needed).
    public func saveCheckpoint(to directory: String) throws {
        let layout = network.layout
        let metadata = Checkpoint(
            format: Checkpoint.formatName, trainerVersion: trainerVersion, model: modelConfiguration,
            training: trainingConfiguration, seed: seed, step: completedSteps, adamUpdates: optimizer.updateCount,
            dataRandom: dataRandom, trainedTokens: trainedTokens, curve: curve, parameterCount: layout.total,
            tensorFile: "checkpoint-\(completedSteps).bin", tensors: ParameterLayout.names.indices.map {
                Checkpoint.TensorEntry(name: ParameterLayout.names[$0], offset: layout.offsets[$0],
                                       count: layout.sizes[$0])
            }, words: tokenizer.words.isEmpty ? nil : tokenizer.words)
        do {
            try FileManager.default.createDirectory(atPath: directory, withIntermediateDirectories: true)
            var data = Data(capacity: 3 * layout.total * 4)
            for arena in [network.parameterArena, optimizer.firstMoment, optimizer.secondMoment] {
                data.append(UnsafeBufferPointer(start: UnsafeRawPointer(arena.base).assumingMemoryBound(to: UInt8.self),
                                                count: arena.count * 4))
            }
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.prettyPrinted, .sortedKeys]
            let json = try encoder.encode(metadata)
            try writeAtomically(data, to: directory + "/" + metadata.tensorFile)
            try writeAtomically(json, to: directory + "/" + Checkpoint.metadataFile)
            for file in try FileManager.default.contentsOfDirectory(atPath: directory)
            where file.hasPrefix("checkpoint-") && file.hasSuffix(".bin") && file != metadata.tensorFile {
                try? FileManager.default.removeItem(atPath: directory + "/" + file)
            }
        } catch let error as TrainError {
            throw error
        } catch {
            throw TrainError.checkpointUnreadable(path: directory, reason: "write failed: \(error)")
        }
    }

    /// Restores parameters, optimizer state, step, curve and RNG state from `directory`.
    public func loadCheckpoint(from directory: String) throws {
        let jsonPath = directory + "/" + Checkpoint.metadataFile
        let metadata: Checkpoint
        do {
            metadata = try JSONDecoder().decode(Checkpoint.self, from: Data(contentsOf: URL(fileURLWithPath: jsonPath)))
        } catch {
            throw TrainError.checkpointUnreadable(path: jsonPath, reason: "\(error)")
        }
        guard metadata.format == Checkpoint.formatName else {
            throw TrainError.checkpointMismatch(path: jsonPath, field: "format", expected: Checkpoint.formatName,
                                                found: metadata.format)
        }
        func describe(_ value: some Encodable) -> String {
            let encoder = JSONEncoder()
            encoder.outputFormatting = [.sortedKeys]
            return (try? encoder.encode(value)).flatMap { String(data: $0, encoding: .utf8) } ?? "?"
        }
        if metadata.model != modelConfiguration {
            throw TrainError.checkpointMismatch(path: jsonPath, field: "model", expected: describe(modelConfiguration),
                                                found: describe(metadata.model))
        }
        if metadata.seed != seed {
            throw TrainError.checkpointMismatch(path: jsonPath, field: "seed", expected: String(seed),
                                                found: String(metadata.seed))
        }
        // Threads, length groups and checkpoint frequency may change on resume (the first two change only rounding,
        // like a thread count); everything else that shapes the numbers may not.
        var theirs = metadata.training, ours = trainingConfiguration
        theirs.threads = 1; ours.threads = 1
        theirs.lengthGroups = 1; ours.lengthGroups = 1
        theirs.checkpointEvery = 0; ours.checkpointEvery = 0
        if theirs != ours {
            throw TrainError.checkpointMismatch(path: jsonPath, field: "training", expected: describe(ours),
                                                found: describe(theirs))
        }
        if (metadata.words ?? []) != tokenizer.words {
            throw TrainError.checkpointMismatch(path: jsonPath, field: "tokenizer words",
                                                expected: describe(tokenizer.words), found: describe(metadata.words ?? []))
        }
        let total = network.layout.total
        let binPath = directory + "/" + metadata.tensorFile
        let data: Data
        do { data = try Data(contentsOf: URL(fileURLWithPath: binPath)) } catch {
            throw TrainError.checkpointUnreadable(path: binPath, reason: "\(error)")
        }
        guard metadata.parameterCount == total, data.count == 3 * total * 4 else {
            throw TrainError.checkpointUnreadable(
                path: binPath, reason: "expected \(3 * total * 4) bytes for \(total) parameters, found \(data.count)")
        }
        data.withUnsafeBytes { raw in
            for (block, arena) in [network.parameterArena, optimizer.firstMoment, optimizer.secondMoment].enumerated() {
                UnsafeMutableRawPointer(arena.base).copyMemory(from: raw.baseAddress! + block * total * 4,
                                                               byteCount: total * 4)
            }
        }
        completedSteps = metadata.step
        optimizer.updateCount = metadata.adamUpdates
        trainedTokens = metadata.trainedTokens
        curve = metadata.curve
    }
}

/// Writes `data` to `path` through a temporary file and rename(2), replacing any existing file (`OutputFile`).
func writeAtomically(_ data: Data, to path: String) throws {
    do { try OutputFile.write(data, to: path, allowStandardOutput: false) } catch let error as FileError {
        throw TrainError.checkpointUnreadable(path: path, reason: error.message)
    }
}
