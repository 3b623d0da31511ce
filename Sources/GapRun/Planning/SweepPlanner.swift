// SweepPlanner: grid file → validated PlannedJobs with ids, and the store registrations for them.
// Everything that can be checked before the first job starts is checked here (hydra's validate_batch_is_legal).
import Foundation
import GapCore
import GapData
import GapGrid
import GapModel
import GapScore
import GapStore
import GapTrain

public enum SweepPlanner {
    /// The names a grid may use: the lab's teachers and problem families, the registered benchmarks and scorers.
    public static var vocabulary: GridVocabulary {
        GridVocabulary(teachers: Teachers.names, benchmarks: BenchmarkRegistry.standard.names,
                       scorers: ScorerRegistry.standard.names, families: ProblemFamilies.names)
    }

    /// Loads and validates a grid file (with `--backend` applied first) and expands it into planned jobs, in the
    /// grid's order.
    public static func plan(gridPath: String, backendOverride: String? = nil) throws -> (grid: GridSpec, jobs: [PlannedJob]) {
        let grid = try GridSpec.load(path: gridPath, vocabulary: vocabulary, backend: backendOverride)
        let versions = ComponentVersions.current
        // Budgets come from the data before ids are taken: the budget is part of the generation identity.
        let jobs = try GenerationBudget.resolve(grid: grid, specs: GridExpander.expand(grid)).map { spec in
            PlannedJob(id: JobIdentity.id(for: spec, versions: versions), experiment: grid.name, spec: spec, versions: versions)
        }
        try validate(jobs, gridPath: gridPath)
        return (grid, jobs)
    }

    /// Checks what the grid parser cannot: that every in-process student builds and every mix's teachers exist.
    public static func validate(_ jobs: [PlannedJob], gridPath: String) throws {
        // Command templates: an unknown placeholder is an error now, not after hours in a queue.
        if let command = jobs.first(where: { $0.spec.executor == .command }) {
            try CommandJob.validate(command)
        }
        var checkedStudents = Set<String>()
        for job in jobs where job.spec.executor == .inProcess {
            guard checkedStudents.insert(job.spec.student).inserted else { continue }
            guard job.spec.studentConfiguration.isInProcess else {
                throw RunError.invalidJob(jobID: job.id, message: "student `\(job.spec.student)` names an external model "
                    + "(`\(job.spec.studentConfiguration.model ?? "")`), which the in-process trainer cannot train",
                    hint: "use `backend: command` for external models, or give layers/channels/heads (\(gridPath))")
            }
            if job.model == nil {
                // Built again only to say why it does not build.
                do {
                    _ = try GPTConfiguration(student: job.spec.studentConfiguration,
                                             vocabularySize: CharTokenizer.vocabularySize(tokenizer: job.spec.train.tokenizerName))
                } catch {
                    throw RunError.invalidJob(jobID: job.id, message: "student `\(job.spec.student)`: \(error)", hint: "fix it in \(gridPath)")
                }
            }
        }
    }

    /// The store rows for `jobs`.
    public static func registrations(_ jobs: [PlannedJob]) -> [JobRegistration] {
        jobs.map { job in
            let student = job.spec.studentConfiguration
            var parameters: Int?
            var size: Double?
            if student.isInProcess, let model = job.model {
                parameters = model.parameterCount
                size = Double(model.parameterCount)
            } else if let billions = student.sizeBillions {
                size = billions * 1e9
            }
            return JobRegistration(
                configHash: job.id, student: job.spec.student, studentParameters: parameters, studentSize: size,
                mix: job.spec.mix, seed: job.spec.seed, sweptJSON: CanonicalJSON.text(of: job.spec.sweptValues),
                backend: job.spec.backend, source: job.spec.backend, configJSON: CanonicalJSON.text(of: job.spec),
                versionsJSON: CanonicalJSON.text(of: job.versions), trainHash: job.trainingID, generationHash: job.generationID)
        }
    }

    /// Registers the grid as an experiment and its jobs as PENDING (known jobs keep their status); the experiment
    /// then holds the grid's jobs (and other scorers' judgments of their responses), not cells of an earlier grid.
    @discardableResult
    public static func register(grid: GridSpec, jobs: [PlannedJob], in store: ResultStore) throws -> Int64 {
        let id = try store.registerExperiment(
            name: grid.name, gridPath: grid.sourcePath, gridText: grid.resolvedYAML,
            gaps: grid.gaps)
        try store.registerJobs(registrations(jobs), experimentID: id)
        try JobStages.backfillIdentities(store: store)
        var scorerOfGeneration: [String: String] = [:]
        for job in jobs { scorerOfGeneration[job.generationID] = job.spec.eval.scorer }
        try store.relinkExperiment(id, configHashes: Set(jobs.map(\.id)), scorerOfGeneration: scorerOfGeneration)
        return id
    }
}
