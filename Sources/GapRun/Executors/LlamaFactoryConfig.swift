// LlamaFactoryConfig: the LLaMA-Factory SFT settings a command job's training step is given (`{train_config}`),
// following the paper's repository (exp/MATH_*.yaml), and the chat template for a model name.
import GapCore

enum LlamaFactoryConfig {
    /// LLaMA-Factory's chat template for a model name (`qwen` for Qwen, `llama3` for Llama 3), else `default`.
    static func chatTemplate(model: String) -> String {
        let lower = model.lowercased()
        if lower.contains("qwen") { return "qwen" }
        if lower.contains("llama-3") || lower.contains("llama3") { return "llama3" }
        return "default"
    }

    /// The `train.yaml` of `job`: its training settings, dataset `gaprun_train` in `datasetDirectory`, the model written
    /// to `outputDirectory`. The paper trains 14B and larger with LoRA, the rest fully (its README); loss on responses
    /// only is LLaMA-Factory's default. Resuming needs only the newest checkpoint (`save_total_limit: 1`: a full 7B
    /// checkpoint with optimizer state is ~100 GB); `report_to: none` keeps a batch task from waiting on an installed
    /// logger's login (e.g. wandb).
    static func trainYAML(job: PlannedJob, model: String, datasetDirectory: String, outputDirectory: String) -> String {
        let spec = job.spec
        let train = spec.train
        let finetuning = (spec.studentConfiguration.sizeBillions ?? 0) >= 14
            ? "finetuning_type: lora\nlora_target: all" : "finetuning_type: full"
        return """
            # Written by gaprun for job \(job.id) (\(job.label)). Run: llamafactory-cli train <this file>
            model_name_or_path: \(model)
            stage: sft
            do_train: true
            \(finetuning)
            dataset: gaprun_train
            dataset_dir: \(datasetDirectory)
            template: \(chatTemplate(model: model))
            cutoff_len: 16384
            overwrite_cache: true
            output_dir: \(outputDirectory)
            logging_steps: 1
            save_steps: \(max(1, train.checkpointEvery))
            save_total_limit: 1
            report_to: none
            per_device_train_batch_size: \(train.batchSize)
            gradient_accumulation_steps: 1
            learning_rate: \(CanonicalJSON.number(train.learningRate))
            max_steps: \(train.steps)
            lr_scheduler_type: cosine
            warmup_steps: \(train.warmupSteps)
            weight_decay: \(CanonicalJSON.number(train.weightDecay))
            adam_beta1: \(CanonicalJSON.number(train.beta1))
            adam_beta2: \(CanonicalJSON.number(train.beta2))
            max_grad_norm: \(CanonicalJSON.number(train.gradClip))
            bf16: true
            seed: \(spec.seed)

            """
    }
}
