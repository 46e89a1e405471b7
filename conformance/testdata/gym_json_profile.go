package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"strings"
)

type Set struct {
	Reps   int     `json:"reps"`
	Weight float64 `json:"kg"`
}

type Exercise struct {
	Name string `json:"name"`
	Sets []Set  `json:"sets"`
}

type Profile struct {
	ID        int               `json:"id"`
	Name      string            `json:"name"`
	Email     string            `json:"email,omitempty"`
	Trainer   *string           `json:"trainer"`
	Goals     []string          `json:"goals"`
	Measures  map[string]string `json:"measures,omitempty"`
	Exercises []Exercise        `json:"exercises"`
	password  string
}

const incoming = `{
  "id": 42,
  "name": "Rosa",
  "trainer": "Dana",
  "goals": ["5k run", "bodyweight squat x20"],
  "measures": {"waist": "78cm", "height": "168cm"},
  "exercises": [
    {"name": "squat", "sets": [{"reps": 5, "kg": 60}, {"reps": 5, "kg": 62.5}]},
    {"name": "plank", "sets": [{"reps": 1, "kg": 0}]}
  ],
  "unknown_field": true
}`

func main() {
	var p Profile
	if err := json.Unmarshal([]byte(incoming), &p); err != nil {
		fmt.Println("decode error:", err)
		return
	}
	fmt.Printf("%d %s trainer=%s goals=%d\n", p.ID, p.Name, *p.Trainer, len(p.Goals))
	for _, ex := range p.Exercises {
		vol := 0.0
		for _, s := range ex.Sets {
			vol += float64(s.Reps) * s.Weight
		}
		fmt.Printf("  %-6s sets=%d volume=%.1f\n", ex.Name, len(ex.Sets), vol)
	}

	p.password = "secret"
	p.Trainer = nil
	p.Measures = nil
	p.Exercises = p.Exercises[:1]
	out, err := json.Marshal(p)
	if err != nil {
		fmt.Println("encode error:", err)
		return
	}
	fmt.Println(string(out))

	pretty, _ := json.MarshalIndent(Exercise{Name: "deadlift", Sets: []Set{{3, 120}}}, "", "  ")
	fmt.Println(string(pretty))

	// Decoding into a generic map; encoding/json sorts map keys.
	var generic map[string]any
	_ = json.Unmarshal([]byte(incoming), &generic)
	fmt.Printf("id is %T %v\n", generic["id"], generic["id"])
	m, _ := json.Marshal(generic["measures"])
	fmt.Println("measures:", string(m))

	dec := json.NewDecoder(strings.NewReader(`{"reps": 8, "kg": 40, "rpe": 7}`))
	dec.DisallowUnknownFields()
	var s Set
	fmt.Println("strict decode:", dec.Decode(&s))

	var bad Set
	err = json.Unmarshal([]byte(`{"reps": "ten"}`), &bad)
	var typeErr *json.UnmarshalTypeError
	if errors.As(err, &typeErr) {
		fmt.Printf("type error on field %q: got %s\n", typeErr.Field, typeErr.Value)
	}

	enc := json.NewEncoder(os.Stdout)
	enc.SetIndent("", " ")
	_ = enc.Encode(map[string]int{"squat": 3, "bench": 2, "row": 4})
}
