# test_gaprun_generation.py — the generator contract (gaprun_generation.py) and that vllm_generate.py and
# hf_generate.py share it: the same arguments, gaprun's eval lines read and checked, stop strings cut, predictions
# written as gaprun reads them. Standard library only (no engine needed):
#   python3 -m unittest discover -s scripts -p 'test_gaprun_generation.py'
import json
import os
import shutil
import subprocess
import sys
import tempfile
import unittest

HERE = os.path.dirname(os.path.abspath(__file__))
sys.path.insert(0, HERE)
import gaprun_generation as contract  # noqa: E402

# Lines as CommandJob writes {eval_file}: a synthetic benchmark (stop "\nProblem:") and gsm8k's stop list.
EVAL_LINES = [
    {"id": "gsm-synth-0001", "idx": 0, "problem": "Mia has 9 marbles.", "prompt": "Problem: Mia has 9 marbles.\nAnswer: ",
     "stop": ["\nProblem:"]},
    {"id": "7", "idx": 1, "problem": "Q", "prompt": "Q", "stop": ["Q:", "</s>", "<|im_end|>", "<|eot_id|>"]},
]


class ContractTests(unittest.TestCase):
    def setUp(self):
        self.folder = tempfile.mkdtemp(prefix="gaprun-contract-")
        self.eval_file = os.path.join(self.folder, "eval.jsonl")
        self.predictions = os.path.join(self.folder, "predictions.jsonl")
        with open(self.eval_file, "w") as handle:
            for row in EVAL_LINES:
                handle.write(json.dumps(row) + "\n")

    def tearDown(self):
        shutil.rmtree(self.folder, ignore_errors=True)

    def arguments(self, *extra):
        return ["--model", self.folder, "--base-model", "base", "--input", self.eval_file,
                "--output", self.predictions, *extra]

    def test_run_writes_one_prediction_per_row_cut_at_the_benchmarks_stop_strings(self):
        seen = {}

        def engine(rows, args):
            seen["messages"] = [contract.messages(row) for row in rows]
            seen["max_tokens"] = args.max_tokens
            return ["So 9 - 4 + 2 = 7. #### 7\nProblem: next one", "#### 3<|im_end|>Q: more"]

        self.assertEqual(contract.run("test", engine, self.arguments("--max-tokens", "32")), 0)
        with open(self.predictions) as handle:
            lines = [json.loads(line) for line in handle]
        self.assertEqual(lines, [{"id": "gsm-synth-0001", "idx": 0, "response": "So 9 - 4 + 2 = 7. #### 7"},
                                 {"id": "7", "idx": 1, "response": "#### 3"}])
        self.assertEqual(seen["messages"][0], [{"role": "user", "content": "Problem: Mia has 9 marbles.\nAnswer: "}])
        self.assertEqual(seen["max_tokens"], 32)
        self.assertFalse(os.path.exists(self.predictions + ".partial"))

    def test_finish_reasons_are_written_when_the_engine_gives_them(self):
        engine = lambda rows, args: [contract.Answer("1 + 1 = 2 + 2 = 4 + 4", "length"), contract.Answer("#### 3", "stop")]
        self.assertEqual(contract.run("test", engine, self.arguments()), 0)
        with open(self.predictions) as handle:
            lines = [json.loads(line) for line in handle]
        self.assertEqual([line.get("finish_reason") for line in lines], ["length", "stop"])

    def test_an_unknown_finish_reason_is_an_error(self):
        engine = lambda rows, args: [contract.Answer("a", "abort"), contract.Answer("b", "stop")]
        self.assertEqual(contract.run("test", engine, self.arguments()), 2)

    def test_the_earliest_stop_string_wins(self):
        self.assertEqual(contract.cut_at_stop("a Q: b </s> c", ["</s>", "Q:"]), "a ")
        self.assertEqual(contract.cut_at_stop("no stop here", ["\nProblem:", ""]), "no stop here")

    def test_a_malformed_eval_line_names_its_file_and_line(self):
        with open(self.eval_file, "a") as handle:
            handle.write(json.dumps({"id": "x", "idx": 2, "prompt": "p"}) + "\n")
        with self.assertRaises(contract.ContractError) as caught:
            contract.read_rows(self.eval_file)
        self.assertIn(f"{self.eval_file}:3: missing or mistyped stop", str(caught.exception))
        self.assertEqual(contract.run("test", lambda rows, args: [], self.arguments()), 2)
        self.assertFalse(os.path.exists(self.predictions))

    def test_an_engine_that_loses_answers_is_an_error_not_a_short_file(self):
        self.assertEqual(contract.run("test", lambda rows, args: ["only one"], self.arguments()), 2)
        self.assertFalse(os.path.exists(self.predictions))

    def test_threads_come_from_the_flag_then_slurm(self):
        args = contract.parser("t").parse_args(self.arguments())
        saved = os.environ.pop("SLURM_CPUS_PER_TASK", None)
        try:
            self.assertIsNone(contract.threads(args))
            os.environ["SLURM_CPUS_PER_TASK"] = "3"
            self.assertEqual(contract.threads(args), 3)
            args.threads = 2
            self.assertEqual(contract.threads(args), 2)
        finally:
            os.environ.pop("SLURM_CPUS_PER_TASK", None)
            if saved is not None:
                os.environ["SLURM_CPUS_PER_TASK"] = saved

    def test_both_generators_take_the_same_arguments(self):
        # --help parses without vLLM or torch: the engines are imported only to answer.
        helps = []
        for script in ("vllm_generate.py", "hf_generate.py"):
            result = subprocess.run([sys.executable, os.path.join(HERE, script), "--help"], capture_output=True, text=True)
            self.assertEqual(result.returncode, 0, result.stderr)
            helps.append(result.stdout[result.stdout.index("options:"):])
        self.assertEqual(helps[0], helps[1])
        for flag in ("--model", "--base-model", "--input", "--output", "--max-tokens", "--temperature", "--seed"):
            self.assertIn(flag, helps[0])


if __name__ == "__main__":
    unittest.main()
