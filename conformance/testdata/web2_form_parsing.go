package main

import (
	"fmt"
	"net/http"
	"net/http/httptest"
	"net/url"
	"sort"
	"strconv"
	"strings"
)

type Signup struct {
	Name       string
	Email      string
	Age        int
	Interests  []string
	Newsletter bool
}

func parseSignup(r *http.Request) (Signup, map[string]string) {
	errs := map[string]string{}
	if err := r.ParseForm(); err != nil {
		errs["form"] = err.Error()
		return Signup{}, errs
	}
	s := Signup{
		Name:       strings.TrimSpace(r.PostForm.Get("name")),
		Email:      strings.ToLower(strings.TrimSpace(r.PostForm.Get("email"))),
		Interests:  r.PostForm["interest"],
		Newsletter: r.PostForm.Get("newsletter") == "on",
	}
	if s.Name == "" {
		errs["name"] = "required"
	}
	if !strings.Contains(s.Email, "@") {
		errs["email"] = "must contain @"
	}
	age, err := strconv.Atoi(r.PostForm.Get("age"))
	switch {
	case err != nil:
		errs["age"] = "must be a number"
	case age < 13 || age > 120:
		errs["age"] = "out of range"
	default:
		s.Age = age
	}
	sort.Strings(s.Interests)
	return s, errs
}

func handler(w http.ResponseWriter, r *http.Request) {
	s, errs := parseSignup(r)
	if len(errs) > 0 {
		w.WriteHeader(http.StatusUnprocessableEntity)
		keys := make([]string, 0, len(errs))
		for k := range errs {
			keys = append(keys, k)
		}
		sort.Strings(keys)
		for _, k := range keys {
			fmt.Fprintf(w, "  %s: %s\n", k, errs[k])
		}
		return
	}
	fmt.Fprintf(w, "  welcome %s <%s> age=%d interests=%v newsletter=%t source=%s\n",
		s.Name, s.Email, s.Age, s.Interests, s.Newsletter, r.URL.Query().Get("src"))
}

func main() {
	forms := []url.Values{
		{"name": {"  Ada Lovelace "}, "email": {"ADA@Example.org"}, "age": {"36"},
			"interest": {"math", "engines", "poetry"}, "newsletter": {"on"}},
		{"name": {""}, "email": {"nobody"}, "age": {"abc"}},
		{"name": {"Tiny Tim"}, "email": {"tim@x.io"}, "age": {"9"}},
		{"name": {"Grace"}, "email": {"grace@navy.mil"}, "age": {"85"}, "interest": {"cobol"}},
	}
	for i, f := range forms {
		body := f.Encode()
		fmt.Printf("form %d: %s\n", i+1, body)
		req := httptest.NewRequest("POST", "/signup?src=landing+page", strings.NewReader(body))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		rec := httptest.NewRecorder()
		handler(rec, req)
		fmt.Printf(" status %d\n%s", rec.Code, rec.Body.String())
	}
	q, _ := url.ParseQuery("a=1&b=%20two&a=3&c")
	fmt.Println("parsed:", q["a"], strconv.Quote(q.Get("b")), q.Has("c"), q.Has("d"))
}
