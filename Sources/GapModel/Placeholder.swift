// GapModel: placeholder until the trainer work lands (replaced by the GPT model files).
