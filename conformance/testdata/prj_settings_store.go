package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"strings"
)

type Theme string

type Settings struct {
	Username  string            `json:"username"`
	Theme     Theme             `json:"theme"`
	FontSize  int               `json:"font_size"`
	AutoSave  bool              `json:"auto_save"`
	Plugins   []string          `json:"plugins,omitempty"`
	Shortcuts map[string]string `json:"shortcuts,omitempty"`
}

type FieldError struct {
	Field, Reason string
}

func (e FieldError) Error() string { return e.Field + ": " + e.Reason }

var ErrValidation = errors.New("validation failed")

type ValidationErrors []FieldError

func (v ValidationErrors) Error() string {
	msgs := make([]string, len(v))
	for i, e := range v {
		msgs[i] = e.Error()
	}
	return strings.Join(msgs, "; ")
}

func (v ValidationErrors) Is(target error) bool { return target == ErrValidation }

func (s Settings) Validate() error {
	var errs ValidationErrors
	if s.Username == "" {
		errs = append(errs, FieldError{"username", "required"})
	}
	switch s.Theme {
	case "light", "dark", "solarized":
	default:
		errs = append(errs, FieldError{"theme", fmt.Sprintf("unknown theme %q", s.Theme)})
	}
	if s.FontSize < 8 || s.FontSize > 48 {
		errs = append(errs, FieldError{"font_size", fmt.Sprintf("%d out of range [8,48]", s.FontSize)})
	}
	if len(errs) > 0 {
		return errs
	}
	return nil
}

type Store struct {
	blob    []byte
	version int
}

func (st *Store) Load() (Settings, error) {
	s := Settings{Theme: "light", FontSize: 12, AutoSave: true}
	if st.blob == nil {
		return s, nil
	}
	if err := json.Unmarshal(st.blob, &s); err != nil {
		return s, fmt.Errorf("load v%d: %w", st.version, err)
	}
	return s, nil
}

func (st *Store) Update(patch string) error {
	cur, err := st.Load()
	if err != nil {
		return err
	}
	dec := json.NewDecoder(strings.NewReader(patch))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&cur); err != nil {
		return fmt.Errorf("patch: %w", err)
	}
	if err := cur.Validate(); err != nil {
		return fmt.Errorf("patch rejected: %w", err)
	}
	st.blob, _ = json.Marshal(cur)
	st.version++
	return nil
}

func main() {
	st := &Store{}
	patches := []string{
		`{"username":"gopher"}`,
		`{"theme":"dark","font_size":14,"plugins":["git","lint"]}`,
		`{"font_size":99,"theme":"neon"}`,
		`{"colour":"red"}`,
		`{"font_size":"big"}`,
		`{"shortcuts":{"save":"ctrl+s","quit":"ctrl+q"},"auto_save":false}`,
		`{"username":""}`,
	}
	for i, p := range patches {
		err := st.Update(p)
		var ve ValidationErrors
		var ute *json.UnmarshalTypeError
		switch {
		case err == nil:
			fmt.Printf("#%d applied -> version %d\n", i, st.version)
		case errors.As(err, &ve):
			fmt.Printf("#%d invalid (%d problems, is=%t): %v\n", i, len(ve), errors.Is(err, ErrValidation), err)
		case errors.As(err, &ute):
			fmt.Printf("#%d type error on field %q: want %v\n", i, ute.Field, ute.Type)
		default:
			fmt.Printf("#%d error: %v\n", i, err)
		}
	}
	s, _ := st.Load()
	fmt.Printf("%+v\n", s)
	out, _ := json.MarshalIndent(s, "", "  ")
	fmt.Println(string(out))
}
