package main

import (
	"encoding/json"
	"errors"
	"fmt"
	"maps"
	"slices"
	"strings"
	"time"
)

type Address struct {
	Street string `json:"street"`
	City   string `json:"city"`
	Zip    string `json:"zip,omitempty"`
}

type Audit struct {
	CreatedBy string `json:"created_by"`
	Version   int    `json:"version"`
}

type Status int

const (
	Active Status = iota + 1
	Suspended
)

func (s Status) MarshalJSON() ([]byte, error) {
	switch s {
	case Active:
		return json.Marshal("active")
	case Suspended:
		return json.Marshal("suspended")
	}
	return nil, fmt.Errorf("unknown status %d", int(s))
}

func (s *Status) UnmarshalJSON(b []byte) error {
	var str string
	if err := json.Unmarshal(b, &str); err != nil {
		return err
	}
	switch str {
	case "active":
		*s = Active
	case "suspended":
		*s = Suspended
	default:
		return fmt.Errorf("bad status %q", str)
	}
	return nil
}

type User struct {
	Audit
	ID       int            `json:"id"`
	Name     string         `json:"name"`
	Email    string         `json:"email,omitempty"`
	Tags     []string       `json:"tags,omitempty"`
	Address  *Address       `json:"address,omitempty"`
	Status   Status         `json:"status"`
	Meta     map[string]int `json:"meta,omitempty"`
	Password string         `json:"-"`
	Joined   time.Time      `json:"joined"`
	Score    float64        `json:"score,string"`
}

func describe(v any) string {
	switch x := v.(type) {
	case nil:
		return "null"
	case bool:
		return fmt.Sprintf("bool %v", x)
	case float64:
		return fmt.Sprintf("number %g", x)
	case string:
		return fmt.Sprintf("string %q", x)
	case []any:
		return fmt.Sprintf("array of %d", len(x))
	case map[string]any:
		return fmt.Sprintf("object with keys %v", slices.Sorted(maps.Keys(x)))
	}
	return "unknown"
}

func main() {
	u := User{
		Audit:    Audit{CreatedBy: "admin", Version: 3},
		ID:       7,
		Name:     "Ada",
		Tags:     []string{"math", "engines"},
		Address:  &Address{Street: "12 St James's Sq", City: "London"},
		Status:   Active,
		Meta:     map[string]int{"logins": 42, "alerts": 0},
		Password: "secret",
		Joined:   time.Date(2024, 3, 15, 9, 30, 0, 0, time.UTC),
		Score:    98.5,
	}
	b, err := json.Marshal(u)
	fmt.Println(string(b), err)

	bare, _ := json.Marshal(User{ID: 1, Name: "Bare", Status: Suspended})
	fmt.Println("omitempty:", string(bare))
	_, err = json.Marshal(User{ID: 2})
	fmt.Println("custom marshal error:", err)

	ind, _ := json.MarshalIndent(map[string]any{"user": u.Name, "address": u.Address, "ok": true}, "", "  ")
	fmt.Println(string(ind))

	in := `{"created_by":"sys","version":1,"id":9,"name":"Grace","status":"suspended",
		"address":{"street":"1 Navy Rd","city":"Arlington","zip":"22201"},
		"joined":"2023-12-09T00:00:00Z","score":"77.25","extra":[1,null,"x"]}`
	var back User
	if err := json.Unmarshal([]byte(in), &back); err != nil {
		fmt.Println("unmarshal failed:", err)
		return
	}
	fmt.Printf("decoded: id=%d name=%s by=%s v%d status=%d score=%.2f\n",
		back.ID, back.Name, back.CreatedBy, back.Version, back.Status, back.Score)
	fmt.Printf("address: %+v\n", *back.Address)
	fmt.Println("joined:", back.Joined.Format("2006-01-02"), "password empty:", back.Password == "")

	var generic map[string]any
	if err := json.Unmarshal([]byte(in), &generic); err == nil {
		for _, k := range slices.Sorted(maps.Keys(generic)) {
			fmt.Printf("  %-10s %s\n", k, describe(generic[k]))
		}
	}

	dec := json.NewDecoder(strings.NewReader(in))
	dec.DisallowUnknownFields()
	var strict User
	fmt.Println("strict:", dec.Decode(&strict))

	var se *json.SyntaxError
	if err := json.Unmarshal([]byte(`{"id": 1,}`), &strict); errors.As(err, &se) {
		fmt.Println("syntax error at offset", se.Offset, "-", se)
	}
	var te *json.UnmarshalTypeError
	if err := json.Unmarshal([]byte(`{"id": "seven"}`), &strict); errors.As(err, &te) {
		fmt.Println("type error: field", te.Field, "value", te.Value, "type", te.Type)
	}
	fmt.Println("status error:", json.Unmarshal([]byte(`{"status": "deleted"}`), &strict))
}
