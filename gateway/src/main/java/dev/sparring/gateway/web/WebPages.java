package dev.sparring.gateway.web;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The browser app's pages are static files (see {@code resources/static}); {@code /} serves
 * {@code index.html} as Spring Boot's welcome page. A candidate's join link,
 * {@code /join/{sessionId}#invite=TOKEN}, shows the candidate room: the page reads the session from
 * its path and the invite from the fragment, which never reaches the server.
 */
@Configuration(proxyBeanMethods = false)
class WebPages implements WebMvcConfigurer {

    static final String CANDIDATE_ROOM = "/join.html";

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        registry.addViewController("/join/**").setViewName("forward:" + CANDIDATE_ROOM);
    }
}
