package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"
)

// Duration wraps time.Duration so it can be written as "1m30s" in JSON.
type Duration struct {
	time.Duration
}

func (d Duration) MarshalJSON() ([]byte, error) {
	return json.Marshal(d.String())
}

func (d *Duration) UnmarshalJSON(b []byte) error {
	var v any
	if err := json.Unmarshal(b, &v); err != nil {
		return err
	}
	switch val := v.(type) {
	case float64:
		d.Duration = time.Duration(val) * time.Second
	case string:
		parsed, err := time.ParseDuration(val)
		if err != nil {
			return fmt.Errorf("invalid duration %q: %w", val, err)
		}
		d.Duration = parsed
	default:
		return errors.New("duration must be a string or number")
	}
	return nil
}

type Level int

const (
	Low Level = iota
	Medium
	High
)

var levelNames = []string{"low", "medium", "high"}

func (l Level) MarshalText() ([]byte, error) {
	return []byte(levelNames[l]), nil
}

func (l *Level) UnmarshalText(b []byte) error {
	for i, n := range levelNames {
		if strings.EqualFold(n, string(b)) {
			*l = Level(i)
			return nil
		}
	}
	return fmt.Errorf("unknown level %q", b)
}

type Job struct {
	Name     string   `json:"name"`
	Timeout  Duration `json:"timeout"`
	Interval Duration `json:"interval"`
	Priority Level    `json:"priority"`
}

func main() {
	inputs := []string{
		`{"name":"backup","timeout":"1h30m","interval":86400,"priority":"HIGH"}`,
		`{"name":"cleanup","timeout":45,"interval":"15m","priority":"low"}`,
		`{"name":"report","timeout":"forever","interval":"1h","priority":"medium"}`,
		`{"name":"sync","timeout":"10s","interval":"30s","priority":"urgent"}`,
		`{"name":"noop","timeout":true,"interval":"1s","priority":"low"}`,
	}

	var jobs []Job
	for _, in := range inputs {
		var j Job
		if err := json.Unmarshal([]byte(in), &j); err != nil {
			fmt.Println("error:", err)
			continue
		}
		jobs = append(jobs, j)
		fmt.Printf("%-8s timeout=%v interval=%v priority=%d\n",
			j.Name, j.Timeout.Duration, j.Interval.Duration, j.Priority)
	}

	out, err := json.Marshal(jobs)
	if err != nil {
		fmt.Println("marshal:", err)
		return
	}
	fmt.Println(string(out))

	total := time.Duration(0)
	for _, j := range jobs {
		total += j.Timeout.Duration
	}
	fmt.Println("total timeout budget:", total)
	fmt.Printf("in minutes: %.1f\n", total.Minutes())
}
