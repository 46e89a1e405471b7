//go:build race

package evalproc

func init() { evaluatorBuildFlags = append(evaluatorBuildFlags, "-race") }
